package dev.newsroom.e2e.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.newsroom.cli.home.TokenOptions;
import dev.newsroom.e2e.client.Article;
import dev.newsroom.e2e.client.NewsroomApi;
import dev.newsroom.e2e.client.PipelineLag;
import dev.newsroom.topics.Topics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./newsroom bench}: pushes real articles (or generated ones) through a running pipeline (started with
 * {@code ./newsroom up} or {@code docker compose up}) and prints end-to-end figures: ingest-to-view
 * latency at a fixed offered rate, sustained throughput, and peak memory of each service.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Push real articles through the running pipeline and report end-to-end figures.",
                "Articles: the files under PATH, default ../shared/eval/polnear-train/texts beside the checkout",
                "when present, else the project's eval texts; taken in turn, each with its own URL and run mark.",
                "Latency: articles offered at --rate, from the POST to the ingest API until the store API lists",
                "the article's statements. Throughput: --articles submitted at once, until every service has",
                "committed past the last record (all views complete)."})
public final class PipelineBench implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files or folders (searched recursively)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--generated", description = "feed generated articles instead of real ones")
    boolean generated;

    @Option(names = "--articles", defaultValue = "840", description = "articles for the throughput run (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--rate", defaultValue = "2", description = "offered rate of the latency run, articles/s (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--latency-articles", defaultValue = "60", description = "articles in the latency run (default: ${DEFAULT-VALUE})")
    int latencyArticles;

    @Option(names = "--ingest", defaultValue = "http://localhost:8080", description = "ingest API (default: ${DEFAULT-VALUE})")
    URI ingest;

    @Option(names = "--store", defaultValue = "http://localhost:8090", description = "store API (default: ${DEFAULT-VALUE})")
    URI store;

    @Option(names = "--kafka", defaultValue = "localhost:9092", description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE})")
    String kafka;

    @Option(names = "--management", split = ",", defaultValue = "ingest-service=9080,extract-service=8070,store-service=9090",
            description = "service=port of each actuator, for memory (default: ${DEFAULT-VALUE}, as ./newsroom up and docker compose)")
    Map<String, Integer> management;

    @Mixin
    TokenOptions token = new TokenOptions();

    @Option(names = "--concurrency", defaultValue = "4", description = "parallel HTTP submissions in the throughput run (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--baseline-articles", defaultValue = "200",
            description = "articles the extractor alone runs on first, in this process, as the yardstick (0: skip; default: ${DEFAULT-VALUE})")
    int baselineArticles;

    @Option(names = "--baseline-threads", defaultValue = "2",
            description = "threads of the extractor-alone run (default: ${DEFAULT-VALUE}, the cores of the reference machine)")
    int baselineThreads;

    @Option(names = "--timeout", defaultValue = "3600", description = "seconds to wait for the pipeline to settle (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(60);
    /** Often enough to resolve latency to a tenth of a second, rarely enough not to load the store itself. */
    private static final Duration VISIBILITY_POLL = Duration.ofMillis(100);

    public static void main(String[] args) {
        System.exit(new CommandLine(new PipelineBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        NewsroomApi api = new NewsroomApi(ingest, store, token());
        BenchArticles generator = generated ? BenchArticles.generated() : BenchArticles.real(paths);
        int warmUp = 10;
        AtomicInteger next = new AtomicInteger();
        MemoryProbe memory = new MemoryProbe(management);
        double extractorAlone = Double.NaN;
        if (baselineArticles > 0) {
            extractorAlone = ExtractorBaseline.articlesPerSecond(generator, warmUp + latencyArticles,
                    Math.min(baselineArticles, articles), baselineThreads);
            System.out.printf(Locale.ROOT, "extractor alone (in this process, no Kafka/HTTP/MongoDB): %.2f articles/s"
                    + " on %d threads over the first %d articles of the throughput run%n", extractorAlone, baselineThreads,
                    Math.min(baselineArticles, articles));
        }
        try (PipelineLag lag = new PipelineLag(kafka, Set.of(Topics.ARTICLES_RAW, Topics.STATEMENTS))) {
            memory.start();
            lag.learnGroups(Duration.ofSeconds(60));
            System.out.printf(Locale.ROOT, "Newsroom pipeline benchmark: ingest %s, store %s, Kafka %s; consumer groups %s; %s%n",
                    ingest, store, kafka, lag.groups(), generator.describe());

            for (int i = 0; i < warmUp; i++) {
                submit(api, generator.article(next.getAndIncrement()));
            }
            Duration warmUpTime = lag.awaitCaughtUp(Duration.ofSeconds(timeoutSeconds));
            System.out.printf(Locale.ROOT, "warm-up: %d articles settled in %.1f s%n", warmUp, seconds(warmUpTime));

            latencyRun(api, generator, next);
            lag.awaitCaughtUp(Duration.ofSeconds(timeoutSeconds));
            double endToEnd = throughputRun(api, generator, next, lag);
            if (!Double.isNaN(extractorAlone)) {
                System.out.printf(Locale.ROOT, "  = %.0f%% of the extractor alone%n", 100 * endToEnd / extractorAlone);
            }
        } finally {
            memory.stop();
        }
        System.out.println("peak memory per service (actuator jvm.memory.used, heap + non-heap, sampled every 500 ms):");
        memory.peaks().forEach((service, bytes) -> System.out.printf(Locale.ROOT, "  %-16s %7.0f MB%n", service, bytes / 1e6));
        return 0;
    }

    /** Articles offered at a fixed rate; each one's latency until the store API lists its statements. */
    private void latencyRun(NewsroomApi api, BenchArticles generator, AtomicInteger next) throws InterruptedException {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger neverVisible = new AtomicInteger();
        ExecutorService watchers = Executors.newFixedThreadPool(Math.max(4, (int) Math.ceil(rate * 4)));
        long intervalNanos = (long) (1e9 / rate);
        long start = System.nanoTime();
        for (int i = 0; i < latencyArticles; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Article article = generator.article(next.getAndIncrement());
            long submitted = System.nanoTime();
            String articleId = submit(api, article);
            watchers.submit(() -> {
                long deadline = submitted + VISIBILITY_TIMEOUT.toNanos();
                while (System.nanoTime() < deadline) {
                    if (api.get("/api/statements?article=" + articleId + "&size=1").path("total").asLong() > 0) {
                        latencies.add((System.nanoTime() - submitted) / 1_000_000);
                        return;
                    }
                    sleepQuietly(VISIBILITY_POLL.toMillis());
                }
                neverVisible.incrementAndGet();
            });
        }
        watchers.shutdown();
        watchers.awaitTermination(VISIBILITY_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "latency, ingest POST -> statements in the store API, %d articles offered at %.2f/s:%n",
                latencyArticles, rate);
        if (sorted.isEmpty()) {
            System.out.println("  no article became visible");
        } else {
            System.out.printf(Locale.ROOT, "  p50 %d ms   p95 %d ms   p99 %d ms   max %d ms%n", percentile(sorted, 50),
                    percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1));
        }
        if (neverVisible.get() > 0) {
            System.out.printf(Locale.ROOT, "  %d articles showed no statements within %d s (left out of the percentiles)%n",
                    neverVisible.get(), VISIBILITY_TIMEOUT.toSeconds());
        }
    }

    /** All articles submitted at once; the time until every service has processed all of them; returns articles/s. */
    private double throughputRun(NewsroomApi api, BenchArticles generator, AtomicInteger next, PipelineLag lag) throws Exception {
        ExecutorService submitters = Executors.newFixedThreadPool(concurrency);
        Instant start = Instant.now();
        List<Future<String>> submissions = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            Article article = generator.article(next.getAndIncrement());
            submissions.add(submitters.submit(() -> submit(api, article)));
        }
        for (Future<String> submission : submissions) {
            submission.get();
        }
        Duration submitted = Duration.between(start, Instant.now());
        submitters.shutdown();
        lag.awaitCaughtUp(Duration.ofSeconds(timeoutSeconds));
        Duration settled = Duration.between(start, Instant.now());
        System.out.printf(Locale.ROOT, "throughput: %d articles accepted by ingest in %.1f s (%.1f articles/s);"
                        + " all views complete after %.1f s%n", articles, seconds(submitted), articles / seconds(submitted),
                seconds(settled));
        double endToEnd = articles / seconds(settled);
        System.out.printf(Locale.ROOT, "  sustained end to end: %.2f articles/s%n", endToEnd);
        return endToEnd;
    }

    private static String submit(NewsroomApi api, Article article) {
        NewsroomApi.Submission submission = api.submit(article);
        if (submission.status() != 202 && submission.status() != 200) {
            throw new IllegalStateException("ingest refused an article: " + submission.status() + " " + submission.body());
        }
        return submission.articleId();
    }

    private String token() {
        try {
            return token.token().value();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
    }

    static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Samples jvm.memory.used of every service's actuator and keeps the peak. */
    static final class MemoryProbe {

        private final Map<String, Integer> ports;
        private final Map<String, Double> peaks = new ConcurrentHashMap<>();
        private final java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        private volatile Thread sampler;

        MemoryProbe(Map<String, Integer> ports) {
            this.ports = ports;
        }

        void start() {
            sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    ports.forEach(this::sample);
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-probe");
            sampler.setDaemon(true);
            sampler.start();
        }

        private void sample(String service, int port) {
            try {
                var request = java.net.http.HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/metrics/jvm.memory.used")).timeout(Duration.ofSeconds(2)).build();
                var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    double used = NewsroomApi.json().readTree(response.body()).path("measurements").path(0).path("value").asDouble();
                    peaks.merge(service, used, Math::max);
                }
            } catch (IOException | RuntimeException unreachable) {
                // a service without metrics is reported as such
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() {
            if (sampler != null) {
                sampler.interrupt();
            }
        }

        Map<String, Double> peaks() {
            Map<String, Double> result = new java.util.TreeMap<>();
            ports.keySet().forEach(service -> result.put(service, peaks.getOrDefault(service, Double.NaN)));
            return result;
        }
    }
}
