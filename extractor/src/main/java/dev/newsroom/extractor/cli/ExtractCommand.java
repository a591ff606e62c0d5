package dev.newsroom.extractor.cli;

import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code ./newsroom extract PATH...}: offline extraction without Kafka. Prints one JSON line per statement
 * on stdout (offsets into each file's original text); progress and timings go to stderr.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract statements from article files (.txt) or folders; one JSON line per statement.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (searched recursively)")
    private List<Path> paths;

    @CommandLine.Option(names = "--language", description = "language of the inputs when known (default: en)")
    private String language = "en";

    /** Statements only on stdout: everything else, CoreNLP's console logging included, goes to stderr. */
    private static final PrintStream STATEMENTS = new PrintStream(System.out, false, StandardCharsets.UTF_8);

    public static void main(String[] args) {
        System.setOut(System.err);
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintStream out = STATEMENTS;
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                System.err.println("extract: no such file or folder: " + p);
                return 2;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(ExtractCommand::supported).sorted().forEach(files::add);
            }
        }
        long t0 = System.nanoTime();
        int failures = 0;
        int statements = 0;
        StatementJson json = new StatementJson();
        try (Extractor extractor = Extractor.create(ExtractorSettings.defaults())) {
            System.err.printf("extract: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            for (Path file : files) {
                try {
                    String original = Files.readString(file, StandardCharsets.UTF_8);
                    String doc = file.getFileName().toString();
                    ArticleText article = new ArticleText(doc, null, original, null, language);
                    List<ExtractedStatement> found = extractor.extract(article);
                    for (ExtractedStatement s : found) {
                        out.println(json.line(doc, original, offset -> offset, s));
                    }
                    statements += found.size();
                    System.err.printf("extract: %s: %d statements%n", doc, found.size());
                } catch (IOException | RuntimeException e) {
                    failures++;
                    System.err.println("extract: " + file + ": failed: " + e.getMessage());
                }
            }
            out.flush();
            System.err.printf("extract: %d files, %d statements, %d failures in %.1f s%n", files.size(), statements,
                    failures, (System.nanoTime() - t1) / 1e9);
            var t = extractor.timings();
            System.err.printf("extract: tokenize/ssplit/pos/lemma %.1f s, NER %.1f s, depparse %.1f s (%d sentences),"
                            + " rules %.1f s%n", t.taggingNanos() / 1e9, t.nerNanos() / 1e9, t.parsingNanos() / 1e9,
                    t.parsedSentences(), t.rulesNanos() / 1e9);
        }
        return failures == 0 ? 0 : 1;
    }

    private static boolean supported(Path p) {
        return p.getFileName().toString().toLowerCase().endsWith(".txt");
    }
}
