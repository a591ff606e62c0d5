package dev.newsroom.extractor.bench;

import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;
import dev.newsroom.extractor.kb.Country;
import dev.newsroom.extractor.kb.KnowledgeBase;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.nlp.StageTimings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./newsroom bench-extract}: loads the extractor, then runs it over a generated corpus of news-like
 * articles and prints model load time, articles per second, milliseconds per article, peak heap and the
 * share of time each stage takes.
 */
@Command(name = "bench-extract", mixinStandardHelpOptions = true,
        description = "Benchmark the statement extractor on a generated corpus.")
public final class ExtractorBench implements Callable<Integer> {

    @Option(names = "--articles", description = "articles to time (default: ${DEFAULT-VALUE})")
    private int articles = 200;

    @Option(names = "--words", description = "approximate words per article (default: ${DEFAULT-VALUE})")
    private int words = 600;

    @Option(names = "--warmup", description = "articles run before timing starts (default: ${DEFAULT-VALUE})")
    private int warmup = 20;

    @Option(names = "--threads", description = "extraction threads sharing one extractor (default: ${DEFAULT-VALUE})")
    private int threads = 2;

    @Option(names = "--seed", description = "corpus random seed (default: ${DEFAULT-VALUE})")
    private long seed = 7;

    public static void main(String[] args) {
        System.setOut(System.err);
        System.exit(new CommandLine(new ExtractorBench()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException, ExecutionException {
        List<Country> countries = KnowledgeBase.loadDefault().countries().stream()
                .filter(c -> !c.demonyms().isEmpty() && !c.capitals().isEmpty()).toList();
        CorpusGenerator generator = new CorpusGenerator(countries, new Random(seed));
        List<String> corpus = new ArrayList<>();
        for (int i = 0; i < warmup + articles; i++) {
            corpus.add(generator.article(words));
        }
        long totalWords = corpus.stream().skip(warmup).mapToLong(t -> t.split("\\s+").length).sum();

        long t0 = System.nanoTime();
        try (Extractor extractor = Extractor.create(ExtractorSettings.defaults())) {
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            for (int i = 0; i < warmup; i++) {
                extractor.extract(article(i, corpus.get(i)));
            }
            extractor.timings().reset();
            AtomicLong statements = new AtomicLong();
            long cpu0 = processCpuNanos();
            long t1 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = warmup; i < corpus.size(); i++) {
                int n = i;
                runs.add(pool.submit(() -> statements.addAndGet(extractor.extract(article(n, corpus.get(n))).size())));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();
            double seconds = (System.nanoTime() - t1) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
            StageTimings t = extractor.timings();
            double stages = t.taggingNanos() + t.nerNanos() + t.parsingNanos() + t.rulesNanos();
            System.err.printf("bench-extract: model load %.1f s%n", loadSeconds);
            System.err.printf("bench-extract: %d articles, %.0f words/article, %d statements in %.1f s on %d threads%n",
                    articles, (double) totalWords / articles, statements.get(), seconds, threads);
            System.err.printf("bench-extract: %.2f articles/s, %.0f ms/article (wall clock, %d cores, load average %.1f)%n",
                    articles / seconds, seconds * 1000 / articles, Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.err.printf("bench-extract: %.0f ms CPU/article, %.2f articles per CPU-second (independent of other load)%n",
                    cpuSeconds * 1000 / articles, articles / cpuSeconds);
            System.err.printf("bench-extract: peak heap %.0f MB, models loaded (sum of pool peaks; -Xmx %d MB)%n",
                    peakHeapBytes() / 1e6,
                    Runtime.getRuntime().maxMemory() / 1_000_000);
            System.err.printf("bench-extract: stages: tokenize/ssplit/pos/lemma %.0f%%, NER %.0f%%, depparse %.0f%% "
                            + "(%d of the sentences, %.1f per article), rules %.0f%%%n",
                    100 * t.taggingNanos() / stages, 100 * t.nerNanos() / stages, 100 * t.parsingNanos() / stages,
                    t.parsedSentences(), (double) t.parsedSentences() / articles, 100 * t.rulesNanos() / stages);
        }
        return 0;
    }

    private static ArticleText article(int i, String text) {
        return new ArticleText("bench-" + i, null, text, Instant.parse("2024-05-15T12:00:00Z"), "en");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
