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
                "the article's statements, and per hop, from this bench's own readers of the topics. Throughput:",
                "--articles submitted at once, until every service has committed past the last record (all views",
                "complete), with the CPU each process used meanwhile."})
public final class PipelineBench implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "article files or folders (searched recursively)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--generated", description = "feed generated articles instead of real ones")
    boolean generated;

    @Option(names = "--articles", defaultValue = "840", description = "articles for the throughput run (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--warm-up", defaultValue = "10",
            description = "articles pushed through and settled before anything is measured (default: ${DEFAULT-VALUE}); right "
                    + "after ./newsroom up the services are still being JIT-compiled, so more give steadier figures")
    int warmUp;

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

    @Option(names = "--extract-group", defaultValue = "newsroom-extract",
            description = "consumer group of extract-service (its application id; default: ${DEFAULT-VALUE})")
    String extractGroup;

    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(60);
    private static final long VISIBILITY_POLL_MILLIS = 100;
    /** Often enough to resolve latency to a tenth of a second, rarely enough not to load the store itself. */
    private static final Duration VISIBILITY_POLL = Duration.ofMillis(VISIBILITY_POLL_MILLIS);

    public static void main(String[] args) {
        System.exit(new CommandLine(new PipelineBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        NewsroomApi api = new NewsroomApi(ingest, store, token());
        BenchArticles generator = generated ? BenchArticles.generated() : BenchArticles.real(paths);
        AtomicInteger next = new AtomicInteger();
        MemoryProbe memory = new MemoryProbe(management);
        double extractorAlone = Double.NaN;
        if (baselineArticles > 0) {
            extractorAlone = ExtractorBaseline.articlesPerSecond(generator, warmUp + latencyArticles,
                    Math.min(baselineArticles, articles), baselineThreads);
            System.out.printf(Locale.ROOT, "extractor alone (in this process, no Kafka/HTTP/MongoDB): %.2f articles/s"
                    + " on %d threads over the first %d articles of the throughput run (load average %s)%n", extractorAlone,
                    baselineThreads, Math.min(baselineArticles, articles), CpuProbe.loadAverage());
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

            latencyRun(api, generator, next, lag);
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

    /** Articles offered at a fixed rate; each one's latency until the store API lists its statements, and per hop. */
    private void latencyRun(NewsroomApi api, BenchArticles generator, AtomicInteger next, PipelineLag lag)
            throws InterruptedException {
        List<Trip> trips = new ArrayList<>();
        Map<String, String> neverVisible = new java.util.TreeMap<>();
        Map<String, Posted> pending = new java.util.concurrent.ConcurrentSkipListMap<>();
        long intervalNanos = (long) (1e9 / rate);
        try (HopTimes hops = new HopTimes(kafka)) {
            Thread watcher = new Thread(() -> watch(api, hops, pending, trips, neverVisible), "visibility-watcher");
            watcher.start();
            long start = System.nanoTime();
            for (int i = 0; i < latencyArticles; i++) {
                long due = start + i * intervalNanos;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Article article = generator.article(next.getAndIncrement());
                long submittedAt = System.currentTimeMillis();
                long submitted = System.nanoTime();
                pending.put(submit(api, article), new Posted(submitted, submittedAt, article.title()));
            }
            pending.put(LAST, new Posted(0, 0, ""));
            watcher.join();
            System.out.printf(Locale.ROOT, "latency, ingest POST -> statements in the store API, %d articles offered at %.2f/s"
                    + " (load average %s):%n", latencyArticles, rate, CpuProbe.loadAverage());
            List<Long> sorted = new ArrayList<>(trips.stream().map(Trip::latencyMillis).sorted().toList());
            if (sorted.isEmpty()) {
                System.out.println("  no article became visible");
            } else {
                System.out.printf(Locale.ROOT, "  p50 %d ms   p95 %d ms   p99 %d ms   max %d ms%n", percentile(sorted, 50),
                        percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1));
                printHops(trips, hops);
            }
            if (!neverVisible.isEmpty()) {
                reportNeverVisible(neverVisible, hops, lag);
            }
        }
    }

    /** Marks the end of the submissions for the watcher; sorts after every article id. */
    private static final String LAST = "\uffff";

    /** When an article of the latency run was posted: monotonic nanoseconds, and wall-clock milliseconds for the hops. */
    private record Posted(long nanos, long wallMillis, String title) {
    }

    /**
     * Asks the store API for the statements of pending articles in turn, a sweep every {@value #VISIBILITY_POLL_MILLIS}
     * ms, until each is visible or {@link #VISIBILITY_TIMEOUT} has passed. One thread for all: a pool of watchers, one
     * an article, ran out of threads once a few articles were slow, and the wait for a watcher counted as latency.
     * Each sweep asks only for the articles whose statements {@code hops} has seen committed (the others cannot be
     * visible yet), and for all of them once a second in case the probe missed one: asking for every pending article
     * made a sweep take seconds once many queued for extraction on a loaded machine.
     */
    private static void watch(NewsroomApi api, HopTimes hops, Map<String, Posted> pending, List<Trip> trips,
                              Map<String, String> neverVisible) {
        for (long sweeps = 0; ; sweeps++) {
            long sweep = System.nanoTime();
            boolean all = sweeps % (1000 / VISIBILITY_POLL_MILLIS) == 0;
            for (var entry : pending.entrySet()) {
                String articleId = entry.getKey();
                if (articleId.equals(LAST)) {
                    if (pending.size() == 1) {
                        return;
                    }
                    continue;
                }
                Posted posted = entry.getValue();
                if ((all || hops.committed(articleId) != null)
                        && api.get("/api/statements?article=" + articleId + "&size=1").path("total").asLong() > 0) {
                    trips.add(new Trip(articleId, posted.wallMillis(), (System.nanoTime() - posted.nanos()) / 1_000_000,
                            System.currentTimeMillis()));
                    pending.remove(articleId);
                } else if (System.nanoTime() - posted.nanos() > VISIBILITY_TIMEOUT.toNanos()) {
                    neverVisible.put(articleId, posted.title());
                    pending.remove(articleId);
                }
            }
            sleepQuietly(Math.max(0, VISIBILITY_POLL_MILLIS - (System.nanoTime() - sweep) / 1_000_000));
        }
    }

    /** One article of the latency run that became visible: when it was posted (wall clock) and seen in the API. */
    private record Trip(String articleId, long submittedAt, long latencyMillis, long visibleAt) {
    }

    /**
     * Where the latency goes, per hop, from the times {@link HopTimes} saw: POST to the raw record's timestamp (the
     * intake record's, which ingest-service's identity step keeps: the HTTP side), to a read_committed reader seeing
     * the raw record (the identity step through the intake and claim topics, and its transactions), to the statement
     * records' timestamp (waiting in the raw topic for a stream thread), to a read_uncommitted reader seeing them
     * (extraction and produce), to a read_committed reader seeing them (extract-service's open transaction), to the
     * store API listing them (projection and this bench's own sweep of the API, every {@value #VISIBILITY_POLL_MILLIS} ms).
     */
    private static void printHops(List<Trip> trips, HopTimes hops) {
        String[] names = {"ingest HTTP (POST -> intake)", "ingest identity step", "queued for extraction",
                "extraction + produce", "extract transaction commit", "projection + API poll"};
        List<List<Long>> spans = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            spans.add(new ArrayList<>());
        }
        int complete = 0;
        List<String> slowest = new ArrayList<>();
        List<Trip> byLatency = new ArrayList<>(trips);
        byLatency.sort((a, b) -> Long.compare(b.latencyMillis(), a.latencyMillis()));
        for (Trip trip : byLatency) {
            HopTimes.Raw raw = hops.raw(trip.articleId());
            HopTimes.Statements produced = hops.produced(trip.articleId());
            Long committed = hops.committed(trip.articleId());
            Long rawCommitted = hops.rawCommitted(trip.articleId());
            if (raw == null || rawCommitted == null || produced == null || committed == null) {
                continue;
            }
            complete++;
            long[] marks = {trip.submittedAt(), raw.createdAt(), rawCommitted, produced.stampedAt(),
                    produced.producedSeenAt(), committed, trip.visibleAt()};
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < names.length; i++) {
                spans.get(i).add(marks[i + 1] - marks[i]);
                line.append(i == 0 ? "" : " / ").append(marks[i + 1] - marks[i]);
            }
            if (slowest.size() < 3) {
                slowest.add(String.format(Locale.ROOT, "  %5d ms = %s ms  (raw partition %d)", trip.latencyMillis(), line,
                        raw.partition()));
            }
        }
        System.out.printf(Locale.ROOT, "  per hop, ms (%d of %d articles seen at every hop):%n", complete, trips.size());
        for (int i = 0; i < names.length; i++) {
            List<Long> sorted = spans.get(i).stream().sorted().toList();
            if (!sorted.isEmpty()) {
                System.out.printf(Locale.ROOT, "    %-30s p50 %5d   p95 %5d   p99 %5d   max %5d%n", names[i],
                        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1));
            }
        }
        System.out.println("  slowest articles, hop by hop in that order:");
        slowest.forEach(System.out::println);
    }

    /**
     * Articles the store API listed no statements of: extracted without any (extract-service committed its
     * consumer offset past the article's raw record, and no statement record came) or not (yet) extracted.
     */
    private void reportNeverVisible(Map<String, String> titles, HopTimes hops, PipelineLag lag) {
        List<String> noStatements = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        titles.forEach((articleId, title) -> {
            HopTimes.Raw raw = hops.raw(articleId);
            Long extractedUpTo = raw == null ? null : lag.committedOffset(extractGroup, Topics.ARTICLES_RAW, raw.partition());
            boolean extracted = raw != null && extractedUpTo != null && extractedUpTo > raw.offset();
            (extracted && hops.produced(articleId) == null ? noStatements : unexplained).add(articleId + " \"" + title + "\"");
        });
        System.out.printf(Locale.ROOT, "  %d articles showed no statements within %d s (left out of the percentiles):%n",
                titles.size(), VISIBILITY_TIMEOUT.toSeconds());
        System.out.printf(Locale.ROOT, "    %d extracted without statements (%s committed past their raw record, none produced)%s%n",
                noStatements.size(), extractGroup, noStatements.isEmpty() ? "" : ": " + String.join(", ", noStatements));
        if (!unexplained.isEmpty()) {
            System.out.printf(Locale.ROOT, "    %d not extracted, or their statements not seen: %s%n", unexplained.size(),
                    String.join(", ", unexplained));
        }
    }

    /** All articles submitted at once; the time until every service has processed all of them; returns articles/s. */
    private double throughputRun(NewsroomApi api, BenchArticles generator, AtomicInteger next, PipelineLag lag) throws Exception {
        ExecutorService submitters = Executors.newFixedThreadPool(concurrency);
        CpuProbe cpu = new CpuProbe(management);
        Map<String, Double> cpuBefore = cpu.snapshot();
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
        CpuProbe.print(cpuBefore, cpu.snapshot(), settled, articles);
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
