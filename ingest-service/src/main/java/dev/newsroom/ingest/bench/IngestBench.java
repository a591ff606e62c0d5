package dev.newsroom.ingest.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import dev.newsroom.articles.ArticleFormat;
import dev.newsroom.ingest.cli.IngestClient;
import dev.newsroom.ingest.cli.ApiOptions;

/**
 * Sustained HTTP ingest throughput: several clients post generated English articles of about 5 KB (each
 * unique, with its own URL) to a running ingest API for a fixed time after a warm-up, then the articles/s,
 * latency percentiles and failures are printed; with {@code --fill N}, fills the identity stores through the
 * intake topic instead ({@link IntakeFill}). Figures only; nothing is asserted.
 */
@Command(name = "newsroom bench-ingest", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measure sustained HTTP ingest throughput of a running ingest service.")
public class IngestBench implements Callable<Integer> {

    @Mixin
    ApiOptions api;

    @Option(names = "--clients", defaultValue = "16", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "30", description = "Measured duration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "10", description = "Warm-up seconds, not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--size", defaultValue = "5000", description = "Article size in bytes (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--fill", paramLabel = "N", defaultValue = "0", description = "Instead of the HTTP run: produce N "
            + "generated articles straight to the intake topic and wait until the identity step published them all.")
    long fill;

    @Option(names = "--kafka", defaultValue = "localhost:9092", description = "Broker, for --fill (default: ${DEFAULT-VALUE}).")
    String kafka;

    @Option(names = "--registry", defaultValue = "http://localhost:8081", description = "Schema registry, for --fill "
            + "(default: ${DEFAULT-VALUE}).")
    String registry;

    @Option(names = "--application-id", defaultValue = "newsroom-ingest-identity", description = "The identity step's "
            + "application id, for --fill (default: ${DEFAULT-VALUE}).")
    String applicationId;

    public static void main(String[] args) {
        System.exit(new CommandLine(new IngestBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (fill > 0) {
            new IntakeFill(kafka, registry, "news.ingest.intake", applicationId).fill(fill, size);
            return 0;
        }
        IngestClient client = api.client(null);
        long runId = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "ingest bench: %d clients, %d-byte articles, %d s warm-up, %d s measured, against %s%n",
                clients, size, warmup, seconds, api.api());
        run(client, runId, "warmup", warmup);
        Result result = run(client, runId, "run", seconds);
        long[] latencies = result.latenciesMicros();
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "articles: %d ok, %d failed in %.1f s%n", result.ok(), result.failed(), result.seconds());
        System.out.printf(Locale.ROOT, "throughput: %.0f articles/s (%.1f MB/s)%n", result.ok() / result.seconds(),
                result.ok() * (double) size / result.seconds() / 1e6);
        System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(latencies, 50),
                pct(latencies, 95), pct(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1000.0);
        if (result.firstFailure() != null) {
            System.out.println("first failure: " + result.firstFailure());
        }
        return 0;
    }

    record Result(long ok, long failed, double seconds, long[] latenciesMicros, String firstFailure) {
    }

    private Result run(IngestClient client, long runId, String phase, int durationSeconds) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        String[] firstFailure = {null};
        long deadline = System.nanoTime() + durationSeconds * 1_000_000_000L;
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<long[]>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int clientNo = c;
            workers.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(runId * 1000 + clientNo + phase.hashCode());
                long[] latencies = new long[1024];
                int n = 0;
                for (long i = 0; System.nanoTime() < deadline; i++) {
                    byte[] body = article(random, runId + "-" + phase + "-" + clientNo + "-" + i);
                    long t0 = System.nanoTime();
                    IngestClient.Response response = client.submit(body, ArticleFormat.JSON);
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (response.ok()) {
                        ok.incrementAndGet();
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = micros;
                    } else {
                        failed.incrementAndGet();
                        synchronized (firstFailure) {
                            if (firstFailure[0] == null) {
                                firstFailure[0] = response.status() + " " + response.reason();
                            }
                        }
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
        return new Result(ok.get(), failed.get(), elapsed, merged, firstFailure[0]);
    }

    /** A JSON article of about {@code size} bytes: a title, a URL unique to this request, and paragraphs of sentences. */
    private byte[] article(SplittableRandom random, String id) {
        String body = ArticleText.body(random, size).replace("\n", "\\n");
        String json = "{\"url\":\"https://bench.example.org/news/" + id + "?utm_source=bench\",\"title\":\"Bench article " + id
                + "\",\"outlet\":\"Bench\",\"publishedAt\":\"2025-01-01T12:00:00Z\",\"body\":\"" + body + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}
