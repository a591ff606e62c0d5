package dev.newsroom.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.newsroom.e2e.client.NewsroomApi;
import dev.newsroom.e2e.client.NewsroomApi.Submission;

/** Article files submitted to the ingest API the way {@code ./newsroom ingest} sends them: by extension. */
public final class ArticleFiles {

    private ArticleFiles() {
    }

    /** The article files under {@code folder}, in name order. */
    public static List<Path> in(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(txt|html?|json|jsonl)$"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Submits one file; a .jsonl file is one article per line. */
    public static List<Submission> submit(NewsroomApi api, Path file) {
        String name = file.getFileName().toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Submission> submissions = new ArrayList<>();
        if (name.endsWith(".jsonl")) {
            text.lines().filter(line -> !line.isBlank()).forEach(line -> submissions.add(api.submitText("application/json", line)));
        } else if (name.endsWith(".json")) {
            submissions.add(api.submitText("application/json", text));
        } else if (name.endsWith(".html") || name.endsWith(".htm")) {
            submissions.add(api.submitText("text/html", text));
        } else {
            submissions.add(api.submitText("text/plain", text));
        }
        return submissions;
    }
}
