package dev.newsroom.ingest.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What became of the submitted articles: polls each answer's status URL until the service decided it (new,
 * updated, duplicate) or the wait is over. A submission still undecided then counts as failed.
 */
final class Outcomes {

    /** A submission to follow: where it came from and its status URL. */
    record Pending(String where, String statusUrl) {
    }

    final AtomicInteger created = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger duplicates = new AtomicInteger();
    private final List<Pending> pending = new ArrayList<>();

    synchronized void follow(String where, String statusUrl) {
        pending.add(new Pending(where, statusUrl));
    }

    /** Polls until every submission is decided or {@code wait} passed; returns the undecided ones as failures. */
    List<IngestCommand.Failure> await(IngestClient client, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        List<Pending> open = new ArrayList<>(pending);
        List<IngestCommand.Failure> failures = new ArrayList<>();
        while (!open.isEmpty() && System.nanoTime() < deadline) {
            List<Pending> still = new ArrayList<>();
            for (Pending p : open) {
                IngestClient.Response response = client.status(p.statusUrl());
                String outcome = response.status() == 200 ? response.body().path("outcome").asString("") : "pending";
                switch (outcome) {
                    case "new" -> created.incrementAndGet();
                    case "updated" -> updated.incrementAndGet();
                    case "duplicate" -> duplicates.incrementAndGet();
                    default -> still.add(p);
                }
            }
            open = still;
            if (!open.isEmpty()) {
                Thread.sleep(100);
            }
        }
        open.forEach(p -> failures.add(new IngestCommand.Failure(p.where(), "submitted, but no outcome within "
                + wait.toSeconds() + " s (" + p.statusUrl() + ")")));
        return failures;
    }
}
