package dev.newsroom.stack.launcher;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.newsroom.cli.text.Counts;
import dev.newsroom.cli.time.Durations;

/**
 * Keeps the processes of {@code up} running, as a process manager does: a process that dies is started
 * again after a backoff and watched until it is healthy; each death and restart is said on the console and
 * noted in the process's log. When a process keeps dying ({@link RestartPolicy}), the supervisor gives up,
 * and {@link #awaitGivingUp()} returns why.
 */
final class Supervisor implements AutoCloseable {

    private static final Duration HEALTH_POLL = Duration.ofSeconds(1);

    private final RestartPolicy policy;
    private final PrintWriter console;
    private final Duration healthTimeout;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsroom-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<ManagedProcess, Deque<Instant>> deaths = new ConcurrentHashMap<>();
    private final CompletableFuture<String> givenUp = new CompletableFuture<>();
    private volatile boolean closed;

    Supervisor(RestartPolicy policy, PrintWriter console, Duration healthTimeout) {
        this.policy = policy;
        this.console = console;
        this.healthTimeout = healthTimeout;
    }

    /** Watches {@code process}, which is running and healthy now; {@code probe} tells when a restart is healthy. */
    void watch(ManagedProcess process, Health.Probe probe) {
        deaths.put(process, new ArrayDeque<>());
        process.onExit().thenRun(() -> died(process, probe));
    }

    /** Blocks until the supervisor gives up on a process; returns what to tell the user. */
    String awaitGivingUp() throws InterruptedException {
        try {
            return givenUp.get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void died(ManagedProcess process, Health.Probe probe) {
        if (closed) {
            return;
        }
        int code = process.exitCode();
        Instant now = Instant.now();
        Deque<Instant> recent = deaths.get(process);
        int count;
        synchronized (recent) {
            recent.addLast(now);
            while (Duration.between(recent.peekFirst(), now).compareTo(policy.window()) > 0) {
                recent.removeFirst();
            }
            count = recent.size();
        }
        String exit = process.name() + " exited unexpectedly with " + describe(code);
        if (!policy.restarts(count)) {
            String reason = exit + "; it died " + Counts.of(count, "time") + " within " + Durations.format(policy.window())
                    + " (--max-restarts " + policy.maxRestarts() + ", --restart-window " + Durations.format(policy.window())
                    + "), so up gives up and stops everything. See " + process.log() + process.lastLogLines();
            process.note("exited with " + describe(code) + "; not restarted: " + Counts.of(count, "death") + " within "
                    + Durations.format(policy.window()));
            givenUp.complete(reason);
            return;
        }
        Duration backoff = policy.backoff(count);
        say(exit + "; restarting it in " + Durations.format(backoff) + " (restart " + count + " of at most "
                + policy.maxRestarts() + " within " + Durations.format(policy.window()) + "); see " + process.log());
        process.note("exited with " + describe(code) + "; restarting in " + Durations.format(backoff));
        timer.schedule(() -> restart(process, probe), backoff.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart(ManagedProcess process, Health.Probe probe) {
        if (closed) {
            return;
        }
        try {
            if (!process.restart()) {
                return;
            }
        } catch (LaunchException e) {
            givenUp.complete(e.getMessage());
            return;
        }
        Instant started = Instant.now();
        process.onExit().thenRun(() -> died(process, probe));
        timer.schedule(() -> awaitHealthy(process, probe, started), HEALTH_POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void awaitHealthy(ManagedProcess process, Health.Probe probe, Instant started) {
        if (closed || !process.isAlive()) {
            return;
        }
        Duration took = Duration.between(started, Instant.now());
        if (probe.healthy()) {
            say(process.name() + " is running again (healthy " + Durations.format(took) + " after the restart"
                    + process.cpuNote() + ")");
            process.note("healthy again");
        } else if (took.compareTo(healthTimeout) > 0) {
            say(process.name() + " has not become healthy " + Durations.format(took) + " after its restart; see " + process.log());
        } else {
            timer.schedule(() -> awaitHealthy(process, probe, started), HEALTH_POLL.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void say(String message) {
        synchronized (console) {
            console.println("newsroom: " + message);
            console.flush();
        }
    }

    /** How a process ended: its exit code, and the signal when a signal ended it (the JVM reports 128 + signal). */
    static String describe(int code) {
        if (code > 128 && code < 128 + 32) {
            int signal = code - 128;
            String name = switch (signal) {
                case 9 -> " (SIGKILL)";
                case 15 -> " (SIGTERM)";
                case 6 -> " (SIGABRT)";
                case 11 -> " (SIGSEGV)";
                case 2 -> " (SIGINT)";
                default -> "";
            };
            return "code " + code + ", killed by signal " + signal + name;
        }
        return "code " + code;
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
    }
}
