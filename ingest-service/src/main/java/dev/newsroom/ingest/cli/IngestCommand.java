package dev.newsroom.ingest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

import dev.newsroom.articles.ArticleCleaner;
import dev.newsroom.articles.ArticleFormat;
import dev.newsroom.cli.text.Counts;
import dev.newsroom.cli.text.Terminal;

/**
 * {@code ./newsroom ingest [--api URL] [--data DIR | --token T | --token-file F] [--threads N] PATH...}: submits
 * .txt, .html, .json and .jsonl files, and folders of them (recursively), to a running ingest API, with a
 * progress bar at a terminal, then waits for the service to decide each article (following the status URLs) and
 * prints a summary: new, updated, duplicate and failed. Failures are listed with the service's reason; the rest still go
 * through. A refused token stops the run, naming where the token came from. Exit code 1 when anything failed
 * or there was nothing to send.
 */
@Command(name = "newsroom ingest", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Submit .txt, .html, .json and .jsonl files or folders to a running ingest API.")
public class IngestCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders (searched recursively).")
    List<Path> paths;

    @Mixin
    ApiOptions api;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "4", description = "Concurrent requests (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--published-at", paramLabel = "DATE", description = "Publication date of the articles sent, for "
            + "files that give none (plain text): ISO-8601 (2016-03-02 or 2016-03-02T14:30:00Z) or a form such as "
            + "'March 2, 2016'. It overrides a date in the files. Without it, an article with no date of its own has "
            + "an unknown publication date.")
    String publishedAt;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "120", description = "How long to wait, after "
            + "sending, for the service to decide every article (new, updated, duplicate) (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    IngestCommand(PrintStream out, PrintStream err, boolean interactive) {
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    public static void main(String[] args) {
        System.exit(run(System.out, System.err, Terminal.interactive(), args));
    }

    static int run(PrintStream out, PrintStream err, boolean interactive, String... args) {
        return new CommandLine(new IngestCommand(out, err, interactive)).execute(args);
    }

    /** One file's outcome, or one line's for .jsonl files. */
    record Failure(String where, String reason) {
    }

    @Override
    public Integer call() throws Exception {
        if (publishedAt != null && new ArticleCleaner().readDate(publishedAt, Instant.now()).isEmpty()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--published-at '" + publishedAt
                    + "' is not a date: give an ISO-8601 date or instant (2016-03-02, 2016-03-02T14:30:00Z) or a form"
                    + " such as 'March 2, 2016'");
        }
        List<Path> files = new ArrayList<>();
        List<Failure> failures = Collections.synchronizedList(new ArrayList<>());
        int skipped = collect(files, failures);
        if (files.isEmpty()) {
            err.println("newsroom ingest: nothing to send" + (skipped > 0 ? " (" + Counts.of(skipped, "file") + " of other types skipped)" : ""));
            failures.forEach(f -> err.println("  " + f.where() + ": " + f.reason()));
            if (failures.isEmpty()) {
                err.println("  no .txt, .html, .json or .jsonl files in " + paths.stream().map(Path::toString).collect(Collectors.joining(", ")));
            }
            return 1;
        }
        IngestClient client;
        try {
            client = api.client("file");
        } catch (IllegalArgumentException noToken) {
            err.println("newsroom ingest: " + noToken.getMessage());
            return 2;
        }
        Outcomes outcomes = new Outcomes();
        AtomicInteger refused = new AtomicInteger();
        AtomicReference<String> refusedToken = new AtomicReference<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try (ProgressBar bar = progressBar(files.size())) {
            List<Future<?>> pending = new ArrayList<>();
            for (Path file : files) {
                pending.add(pool.submit(() -> {
                    if (refusedToken.get() == null) {
                        send(client, file, outcomes, refused, failures, refusedToken);
                    }
                    bar.step();
                    bar.setExtraMessage(failures.isEmpty() ? "" : " failed: " + failures.size());
                }));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        if (refusedToken.get() != null) {
            err.println("newsroom ingest: the ingest API at " + api.api() + " refused the token: " + refusedToken.get()
                    + ". If ./newsroom up runs with --data DIR, pass the same --data DIR (or set $NEWSROOM_HOME); nothing more was sent.");
            return 1;
        }
        failures.addAll(outcomes.await(client, Duration.ofSeconds(waitSeconds)));
        double seconds = (System.nanoTime() - started) / 1e9;
        int decided = outcomes.created.get() + outcomes.updated.get() + outcomes.duplicates.get();
        int sent = decided + refused.get();
        out.printf(Locale.ROOT, "%d new, %d updated, %s, %d failed (%s in %.1f s, %.1f articles/s)%s%n",
                outcomes.created.get(), outcomes.updated.get(), Counts.of(outcomes.duplicates.get(), "duplicate"), failures.size(),
                Counts.of(files.size(), "file"), seconds, sent / Math.max(seconds, 1e-3),
                skipped > 0 ? "; " + Counts.of(skipped, "file") + " of other types skipped" : "");
        if (!failures.isEmpty()) {
            out.println("Failed:");
            failures.stream().sorted(Comparator.comparing(Failure::where))
                    .forEach(f -> out.println("  " + f.where() + ": " + f.reason()));
        }
        return failures.isEmpty() ? 0 : 1;
    }

    /** Redrawn in place at a terminal; where output goes to a file or a pipe (a log), no progress frames at all. */
    private ProgressBar progressBar(int files) {
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("ingest").setInitialMax(files)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed();
        if (interactive) {
            builder.continuousUpdate();
        } else {
            builder.setConsumer(new DelegatingProgressBarConsumer(frame -> { }));
        }
        return builder.build();
    }

    private void send(IngestClient client, Path file, Outcomes outcomes, AtomicInteger refused, List<Failure> failures,
                      AtomicReference<String> refusedToken) {
        byte[] body;
        try {
            body = Files.readAllBytes(file);
        } catch (IOException e) {
            failures.add(new Failure(file.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        boolean jsonLines = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
        IngestClient.Response response = jsonLines ? client.submitBatch(body, publishedAt)
                : client.submit(body, ArticleFormat.ofFileName(file.toString()).orElseThrow(), publishedAt);
        if (response.status() == 401) {
            refusedToken.compareAndSet(null, response.reason());
            return;
        }
        if (!jsonLines) {
            if (!response.ok()) {
                failures.add(new Failure(file.toString(), response.reason()));
                if (response.status() != 0) {
                    refused.incrementAndGet();
                }
            } else {
                outcomes.follow(file.toString(), response.body().get("statusUrl").asString());
            }
            return;
        }
        if (!response.ok() || response.body() == null || !response.body().has("results")) {
            failures.add(new Failure(file.toString(), response.reason()));
            return;
        }
        for (JsonNode line : response.body().get("results")) {
            String where = file + ":" + line.get("line").asInt();
            if (line.get("status").asString().equals("submitted")) {
                outcomes.follow(where, line.get("statusUrl").asString());
            } else {
                refused.incrementAndGet();
                failures.add(new Failure(where,
                        line.path("problem").path("title").asString("") + ": " + line.path("problem").path("detail").asString("")));
            }
        }
    }

    /** Collects the files to send; a named file of another type is a failure, one inside a folder is skipped. */
    private int collect(List<Path> files, List<Failure> failures) {
        int skipped = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    List<Path> found = walk.filter(Files::isRegularFile).sorted().toList();
                    for (Path f : found) {
                        if (ArticleFormat.ofFileName(f.toString()).isPresent()) {
                            files.add(f);
                        } else {
                            skipped++;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (!Files.isRegularFile(path)) {
                failures.add(new Failure(path.toString(), "no such file or folder"));
            } else if (ArticleFormat.ofFileName(path.toString()).isEmpty()) {
                failures.add(new Failure(path.toString(), "not a .txt, .html, .json or .jsonl file"));
            } else {
                files.add(path);
            }
        }
        return skipped;
    }
}
