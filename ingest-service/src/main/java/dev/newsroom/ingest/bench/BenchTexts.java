package dev.newsroom.ingest.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The texts bench articles are made of: real article files ({@code .txt}, read once) or generated English
 * text of a given size. Content is deduplicated by hash, so every copy ends with a line of its own
 * ({@code Bench copy <id>.}); a real text used many times is the same article text each time but for that line.
 */
final class BenchTexts {

    /** Distinct generated texts to cycle through, so that making an article costs the client almost nothing. */
    private static final int GENERATED = 500;

    private final List<String> texts;
    private final String description;

    private BenchTexts(List<String> texts, String description) {
        this.texts = texts;
        this.description = description;
    }

    /** The {@code .txt} files of {@code dir}, or (dir null) generated texts of about {@code size} characters. */
    static BenchTexts of(Path dir, int size) {
        if (dir == null) {
            SplittableRandom random = new SplittableRandom(42);
            List<String> generated = new ArrayList<>(GENERATED);
            for (int i = 0; i < GENERATED; i++) {
                generated.add(ArticleText.generate(random, size, "Bench article " + i));
            }
            return new BenchTexts(generated, "generated text of " + size + " bytes");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> read = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                read.add(Files.readString(file, StandardCharsets.UTF_8).strip());
            }
            if (read.isEmpty()) {
                throw new IllegalArgumentException("no .txt files in " + dir);
            }
            long bytes = read.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
            return new BenchTexts(List.copyOf(read), read.size() + " real texts of " + dir + " (mean " + bytes / read.size()
                    + " bytes), each copy made distinct by a numbered last line");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    /** The {@code n}th article text: text {@code n} modulo the count, with its own last line. */
    String text(long n, String copyId) {
        return texts.get((int) (n % texts.size())) + "\n\nBench copy " + copyId + ".";
    }

    /** Mean size in bytes of the texts, for MB/s. */
    double meanBytes() {
        return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).average().orElse(0);
    }

    @Override
    public String toString() {
        return description;
    }
}
