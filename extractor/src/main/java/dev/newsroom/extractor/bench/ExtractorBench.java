package dev.newsroom.extractor.bench;

import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;
import dev.newsroom.extractor.cli.ArticleFiles;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.nlp.StageTimings;
import dev.newsroom.extractor.nlp.StageTimings.Stage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.ToIntFunction;

/**
 * {@code ./newsroom bench-extract [PATH...]}: the extractor on real articles. Loads the models, warms up,
 * then extracts every article on a few threads and prints articles and words per second, milliseconds per
 * article, the time of each stage, the sentences parsed, model load time and peak heap and resident memory.
 * With {@code --peer}, CoreNLP's stock quote-attribution pipeline runs on the first articles in the same
 * process, and so does the extractor, so the ratio holds however loaded the machine is.
 */
@Command(name = "bench-extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Benchmark the statement extractor on real article files (.txt, .html, .json).",
                "Default PATH: ../shared/eval/polnear-train/texts beside the checkout when present, else the",
                "project's own evaluation texts (eval/devset, eval/devset2)."})
public final class ExtractorBench implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files or folders (searched recursively)")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--threads", description = "extraction threads sharing one extractor (default: ${DEFAULT-VALUE})")
    private int threads = 2;

    @Option(names = "--warmup", description = "articles extracted once before timing starts (default: ${DEFAULT-VALUE})")
    private int warmup = 10;

    @Option(names = "--limit", description = "time only the first N articles (default: all)")
    private int limit = Integer.MAX_VALUE;

    @Option(names = "--peer", description = "also run CoreNLP's stock quote-attribution pipeline ("
            + PeerPipeline.ANNOTATORS + ") and print the ratio")
    private boolean peer;

    @Option(names = "--peer-articles", description = "articles both run on for the ratio: the first N (default: ${DEFAULT-VALUE})")
    private int peerArticles = 24;

    public static void main(String[] args) {
        System.setOut(System.err);
        System.exit(new CommandLine(new ExtractorBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException, InterruptedException, ExecutionException {
        List<Path> files = ArticleFiles.find(paths.isEmpty() ? ArticleFiles.realCorpus() : paths);
        ArticleFiles reader = new ArticleFiles();
        List<ArticleText> articles = files.stream().limit(limit).map(f -> reader.load(f).article()).toList();
        if (articles.isEmpty()) {
            System.err.println("bench-extract: no article files found");
            return 2;
        }
        System.err.printf("bench-extract: %d articles, %,d words (%s)%n", articles.size(), TimedRun.words(articles),
                paths.isEmpty() ? ArticleFiles.realCorpus() : paths);
        double load0 = ProcessMemory.loadAverage();
        long t0 = System.nanoTime();
        try (Extractor extractor = Extractor.create(ExtractorSettings.defaults())) {
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            for (ArticleText a : articles.subList(0, Math.min(warmup, articles.size()))) {
                extractor.extract(a);
            }
            extractor.timings().reset();
            ToIntFunction<ArticleText> ours = a -> extractor.extract(a).size();
            TimedRun run = TimedRun.of(articles, threads, ours);
            report(run, extractor.timings(), loadSeconds, load0);
            if (peer) {
                compareWithPeer(articles.subList(0, Math.min(peerArticles, articles.size())), ours);
            }
        }
        return 0;
    }

    private void report(TimedRun run, StageTimings t, double loadSeconds, double load0) {
        System.err.printf("bench-extract: model load %.1f s%n", loadSeconds);
        System.err.printf("bench-extract: %d articles (%.0f words each), %d statements in %.1f s on %d threads%n",
                run.articles(), (double) run.words() / run.articles(), run.statements(), run.seconds(), threads);
        System.err.printf("bench-extract: %.2f articles/s, %.0f words/s; ms per article p50 %.0f, p99 %.0f%n",
                run.articlesPerSecond(), run.words() / run.seconds(), run.percentileMillis(50), run.percentileMillis(99));
        System.err.printf("bench-extract: %.2f articles per CPU-second, %.0f ms CPU per article"
                        + " (%d cores, load average %.1f before, %.1f after)%n",
                run.articles() / run.cpuSeconds(), run.cpuSeconds() * 1000 / run.articles(),
                Runtime.getRuntime().availableProcessors(), load0, ProcessMemory.loadAverage());
        double wall = 0;
        double stageCpu = 0;
        for (Stage s : Stage.values()) {
            wall += t.wallNanos(s);
            stageCpu += t.cpuNanos(s);
        }
        StringBuilder stages = new StringBuilder();
        for (Stage s : Stage.values()) {
            stages.append(String.format(" %s %.0f%% (%.0f ms CPU)", s.name().toLowerCase(), 100 * t.wallNanos(s) / wall,
                    t.cpuNanos(s) / 1e6 / run.articles()));
        }
        System.err.printf("bench-extract: stages per article (share of wall time):%s; CPU share of depparse %.0f%%%n",
                stages, 100 * t.cpuNanos(Stage.PARSING) / stageCpu);
        System.err.printf("bench-extract: outside the stages %.0f ms CPU per article (GC, JIT); GC pauses %.1f s,"
                        + " JIT compiling %.1f s during the run%n",
                (run.cpuSeconds() * 1e9 - stageCpu) / 1e6 / run.articles(), run.gcPauseSeconds(), run.compileSeconds());
        System.err.printf("bench-extract: parsed %,d sentences (%.1f per article), %,d tokens%n",
                t.parsedSentences(), (double) t.parsedSentences() / run.articles(), t.parsedTokens());
        System.err.printf("bench-extract: peak heap %.0f MB (sum of pool peaks; -Xmx %d MB), peak RSS %.0f MB%n",
                ProcessMemory.peakHeapBytes() / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000,
                ProcessMemory.peakResidentBytes() / 1e6);
    }

    /** Both pipelines on the same articles and threads, one after the other, in this process. */
    private void compareWithPeer(List<ArticleText> subset, ToIntFunction<ArticleText> ours)
            throws InterruptedException, ExecutionException {
        TimedRun mine = TimedRun.of(subset, threads, ours);
        long t0 = System.nanoTime();
        PeerPipeline stock = new PeerPipeline();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        stock.quotes(subset.get(0).text());
        TimedRun theirs = TimedRun.of(subset, threads, a -> stock.quotes(a.text()));
        System.err.printf("bench-extract: peer (CoreNLP %s) on the first %d articles, %d threads:%n",
                PeerPipeline.ANNOTATORS, subset.size(), threads);
        System.err.printf("bench-extract:   ours %.2f articles/s (%.2f per CPU-second), peer %.2f articles/s"
                        + " (%.2f per CPU-second, models %.1f s): ours is %.1fx faster (%.1fx by CPU)%n",
                mine.articlesPerSecond(), mine.articles() / mine.cpuSeconds(), theirs.articlesPerSecond(),
                theirs.articles() / theirs.cpuSeconds(), loadSeconds,
                mine.articlesPerSecond() / theirs.articlesPerSecond(), theirs.cpuSeconds() / mine.cpuSeconds());
        System.err.printf("bench-extract:   ours found %d statements, the peer %d quotes%n", mine.statements(),
                theirs.statements());
        System.err.printf("bench-extract:   peak heap with the peer loaded %.0f MB, peak RSS %.0f MB%n",
                ProcessMemory.peakHeapBytes() / 1e6, ProcessMemory.peakResidentBytes() / 1e6);
    }
}
