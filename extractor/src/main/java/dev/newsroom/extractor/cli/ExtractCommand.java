package dev.newsroom.extractor.cli;

import dev.newsroom.articles.ArticleInput;
import dev.newsroom.articles.CleanedArticle;
import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.StatementExplanation;
import dev.newsroom.extractor.nlp.StageTimings;
import dev.newsroom.extractor.nlp.StageTimings.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code ./newsroom extract PATH...}: offline extraction without Kafka. Prints one JSON line per statement
 * on stdout with offsets into each file's original text; progress and timings go to stderr. Plain text is
 * analysed as it is (the cleaner only tells its language and publication date); HTML and JSON articles
 * are cleaned as ingest cleans them and their spans mapped back to the original.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract statements from .txt, .html and .json article files or folders; one JSON line per statement.")
public final class ExtractCommand implements Callable<Integer> {

    /** Statements only on stdout: everything else, CoreNLP's console logging included, goes to stderr. */
    private static final PrintStream STATEMENTS = new PrintStream(System.out, false, StandardCharsets.UTF_8);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (searched recursively)")
    private List<Path> paths;

    @Option(names = "--explain", description = "print, per statement, the evidence that gave its speaker, side and"
            + " targets (readable text instead of JSON lines)")
    private boolean explain;

    private final ArticleFiles articleFiles = new ArticleFiles();

    public static void main(String[] args) {
        System.setOut(System.err);
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files;
        try {
            files = ArticleFiles.find(paths);
        } catch (NoSuchFileException e) {
            System.err.println("extract: no such file or folder: " + e.getFile());
            return 2;
        }
        long t0 = System.nanoTime();
        int failures = 0;
        int statements = 0;
        StatementJson json = new StatementJson();
        try (Extractor extractor = Extractor.create(ExtractorSettings.defaults())) {
            System.err.printf("extract: models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            long t1 = System.nanoTime();
            for (Path file : files) {
                String doc = file.getFileName().toString();
                try {
                    ArticleFiles.Loaded loaded = articleFiles.load(file);
                    ArticleInput input = loaded.input();
                    boolean plain = loaded.plain();
                    CleanedArticle cleaned = loaded.cleaned();
                    ArticleText article = loaded.article();
                    List<StatementExplanation> found = extractor.explain(article);
                    for (StatementExplanation e : found) {
                        STATEMENTS.println(explain ? Explanations.text(doc, e)
                                : json.line(doc, input.text(), plain ? null : cleaned.offsetMap(), e.statement()));
                    }
                    statements += found.size();
                    System.err.printf("extract: %s: %d statements%s%n", doc, found.size(),
                            cleaned.isEnglish() ? "" : " (language " + cleaned.language() + ", skipped)");
                } catch (RuntimeException e) {
                    failures++;
                    System.err.println("extract: " + doc + ": failed: " + e.getMessage());
                }
            }
            STATEMENTS.flush();
            StageTimings t = extractor.timings();
            System.err.printf("extract: %d files, %d statements, %d failures in %.1f s%n", files.size(), statements,
                    failures, (System.nanoTime() - t1) / 1e9);
            System.err.printf("extract: tokenize/ssplit/pos/lemma %.1f s, NER %.1f s, depparse %.1f s (%d sentences, %d tokens),"
                            + " rules %.1f s%n", t.wallNanos(Stage.TAGGING) / 1e9, t.wallNanos(Stage.NER) / 1e9,
                    t.wallNanos(Stage.PARSING) / 1e9, t.parsedSentences(), t.parsedTokens(), t.wallNanos(Stage.RULES) / 1e9);
        }
        return failures == 0 ? 0 : 1;
    }
}
