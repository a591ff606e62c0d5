package dev.newsroom.ingest.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

import dev.newsroom.articles.ArticleFormat;
import dev.newsroom.ingest.cli.ApiOptions;
import dev.newsroom.ingest.cli.IngestClient;

/**
 * Sustained HTTP ingest throughput: several clients post articles ({@link BenchTexts}: real texts from
 * {@code --texts}, else generated English; each unique, with its own URL) to a running ingest API for a fixed
 * time after a warm-up, one a request or {@code --batch N} a JSON Lines request, then print the articles/s
 * answered, latency and failures, and (unless {@code --answered-only}) wait until the identity step has
 * decided them all and print the articles/s decided. With {@code --fill N}, fills the identity stores through
 * the intake topic instead ({@link IntakeFill}). Figures only; nothing is asserted.
 */
@Command(name = "newsroom bench-ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure sustained HTTP ingest throughput of a running ingest service.")
public class IngestBench implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    ApiOptions api;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured duration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds, not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--size", defaultValue = "3000", description = "Size in bytes of generated articles (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--texts", paramLabel = "DIR", description = "Make the articles of the .txt files of DIR (real news) "
            + "instead of generated text; each copy gets a numbered last line of its own, as content is deduplicated by hash.")
    Path texts;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "1", description = "Articles a request: 1 posts each to "
            + "/api/articles, more post JSON Lines to /api/articles/batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--answered-only", description = "Do not wait for the identity step to decide the articles "
            + "(which needs --kafka).")
    boolean answeredOnly;

    @Option(names = "--fill", paramLabel = "N", defaultValue = "0", description = "Instead of the HTTP run: produce N "
            + "articles straight to the intake topic and wait until the identity step published them all.")
    long fill;

    @Option(names = "--kafka", defaultValue = "localhost:9092", description = "Broker, for --fill and the decided "
            + "figure (default: ${DEFAULT-VALUE}).")
    String kafka;

    @Option(names = "--registry", defaultValue = "http://localhost:8081", description = "Schema registry, for --fill "
            + "(default: ${DEFAULT-VALUE}).")
    String registry;

    @Option(names = "--application-id", defaultValue = "newsroom-ingest-identity", description = "The identity step's "
            + "application id, for --fill and the decided figure (default: ${DEFAULT-VALUE}).")
    String applicationId;

    public static void main(String[] args) {
        quietKafkaClients();
        System.exit(new CommandLine(new IngestBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        BenchTexts articles = BenchTexts.of(texts, size);
        if (fill > 0) {
            new IntakeFill(kafka, registry, "news.ingest.intake", applicationId).fill(fill, articles);
            return 0;
        }
        IngestClient client = api.client(null);
        long runId = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "ingest bench: %d clients, %s, %s, %d s warm-up, %d s measured, against %s%n",
                clients, batch > 1 ? batch + " articles a request (JSON Lines)" : "one article a request", articles,
                warmup, seconds, api.api());
        long started = System.nanoTime();
        Result warm = run(client, articles, runId, "warmup", warmup);
        Result result = run(client, articles, runId, "run", seconds);
        long[] latencies = result.latenciesMicros();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "answered: %d articles in %d requests, %d failed, in %.1f s%n", result.ok(),
                result.requests(), result.failed(), result.seconds());
        System.out.printf(Locale.ROOT, "throughput: %.0f articles/s answered (%.1f MB/s of article text)%n",
                result.ok() / result.seconds(), result.ok() * articles.meanBytes() / result.seconds() / 1e6);
        System.out.printf(Locale.ROOT, "request latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(latencies, 50),
                pct(latencies, 95), pct(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1000.0);
        if (result.firstFailure() != null) {
            System.out.println("first failure: " + result.firstFailure());
        }
        if (!answeredOnly) {
            try (IdentityLag lag = new IdentityLag(kafka, applicationId)) {
                System.out.printf(Locale.ROOT, "identity step lag when the run ended: %d records%n", lag.records());
                lag.awaitZero(started);
            }
            double total = (System.nanoTime() - started) / 1e9;
            long all = warm.ok() + result.ok();
            System.out.printf(Locale.ROOT, "decided: all %d articles (warm-up included) %.1f s after the first was sent: "
                    + "%.0f articles/s answered and decided%n", all, total, all / total);
        }
        return 0;
    }

    record Result(long ok, long requests, long failed, double seconds, long[] latenciesMicros, String firstFailure) {
    }

    private Result run(IngestClient client, BenchTexts articles, long runId, String phase, int durationSeconds)
            throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        String[] firstFailure = {null};
        long deadline = System.nanoTime() + durationSeconds * 1_000_000_000L;
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int clientNo = c;
            workers.add(pool.submit(() -> {
                long[] latencies = new long[1024];
                int n = 0;
                for (long i = 0; System.nanoTime() < deadline; i += batch) {
                    String prefix = runId + "-" + phase + "-" + clientNo + "-";
                    long first = clientNo * 1_000_003L + i;
                    long t0 = System.nanoTime();
                    IngestClient.Response response;
                    if (batch > 1) {
                        ByteArrayOutputStream lines = new ByteArrayOutputStream(batch * 5000);
                        for (int b = 0; b < batch; b++) {
                            lines.writeBytes(article(articles, first + b, prefix + (i + b)));
                            lines.write('\n');
                        }
                        response = client.submitBatch(lines.toByteArray());
                    } else {
                        response = client.submit(article(articles, first, prefix + i), ArticleFormat.JSON);
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    requests.incrementAndGet();
                    int accepted = !response.ok() ? 0 : batch > 1 ? response.body().get("submitted").asInt() : 1;
                    ok.addAndGet(accepted);
                    if (accepted < batch) {
                        failed.addAndGet(batch - accepted);
                        synchronized (firstFailure) {
                            if (firstFailure[0] == null) {
                                firstFailure[0] = response.ok() ? response.body().toString() : response.status() + " " + response.reason();
                            }
                        }
                    }
                    if (response.ok()) {
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = micros;
                    }
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> w : workers) {
            all.add(w.get());
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(ok.get(), requests.get(), failed.get(), elapsed, merged, firstFailure[0]);
    }

    /** A JSON article: a URL unique to this copy, an outlet, a date and the text (its first line is the title). */
    private static byte[] article(BenchTexts articles, long n, String id) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("url", "https://bench.example.org/news/" + id + "?utm_source=bench");
        json.put("outlet", "Bench");
        json.put("publishedAt", "2025-01-01T12:00:00Z");
        json.put("body", articles.text(n, id));
        return JSON.writeValueAsBytes(json);
    }

    /** The Kafka clients log their whole configuration at INFO, and warn of every end offset read unassigned. */
    private static void quietKafkaClients() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging) {
            logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
            logging.getLogger("org.apache.kafka").setLevel(Level.ERROR);
        }
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}
