package dev.newsroom.stack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * One process {@code up} runs, its output appended to {@code <data>/logs/<name>.log}. It runs in its
 * own session (via {@code setsid} where available) so that Ctrl-C reaches only the launcher, which then
 * stops the processes in order. The same command can be started again after the process died; once
 * {@link #stop stopped} it is not started again.
 */
final class ManagedProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at |\\.\\.\\. \\d+ (more|common frames omitted)).*");

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;
    private Instant startedAt;
    private boolean stopped;

    private ManagedProcess(String name, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.log = log;
    }

    static ManagedProcess start(String name, List<String> command, Map<String, String> environment, Path logDir) {
        ManagedProcess managed = new ManagedProcess(name, List.copyOf(command), Map.copyOf(environment), logDir.resolve(name + ".log"));
        managed.launch();
        return managed;
    }

    /** Starts the command again after the process ended; false when it was stopped meanwhile. */
    synchronized boolean restart() {
        if (stopped) {
            return false;
        }
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        launch();
        return true;
    }

    private void launch() {
        List<String> fullCommand = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            fullCommand.add(SETSID.toString());
        }
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
            startedAt = Instant.now();
        } catch (IOException e) {
            throw new LaunchException("cannot start " + name + ": " + e.getMessage(), e);
        }
        note("started " + name + " (pid " + process.pid() + ")");
    }

    /** Appends a line of the launcher's own to the process's log, so the log tells restarts apart. */
    void note(String message) {
        try {
            Files.writeString(log, "--- newsroom up " + Instant.now() + ": " + message + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + log, e);
        }
    }

    /** The end of the log without stack frames, which is where the reason for a failure usually stands. */
    String lastLogLines() {
        try {
            List<String> lines = Files.readAllLines(log).stream()
                    .filter(line -> !line.isBlank() && !STACK_FRAME.matcher(line).matches())
                    .toList();
            List<String> tail = lines.subList(Math.max(0, lines.size() - 12), lines.size());
            return tail.isEmpty() ? "" : "\n  last lines of the log (stack frames left out):\n    " + String.join("\n    ", tail);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** How long the process now running has been running. */
    synchronized Duration uptime() {
        return Duration.between(startedAt, Instant.now());
    }

    /**
     * The CPU time the process now running (and any child) has used, as {@code ", 11.2 s of CPU"}, or "" where
     * the system does not tell. Beside a wall time it shows how much of a slow start was waiting for a busy machine.
     */
    synchronized String cpuNote() {
        Optional<Duration> own = process.info().totalCpuDuration();
        if (own.isEmpty()) {
            return "";
        }
        Duration cpu = process.descendants().map(child -> child.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(own.get(), Duration::plus);
        return String.format(Locale.ROOT, ", %.1f s of CPU", cpu.toMillis() / 1000.0);
    }

    synchronized boolean isAlive() {
        return process.isAlive();
    }

    synchronized int exitCode() {
        return process.exitValue();
    }

    /** Completes when the process now running ends. */
    synchronized CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** SIGTERM, so the process shuts down cleanly; killed if it has not ended within {@code grace}. */
    void stop(Duration grace) {
        Process current;
        synchronized (this) {
            stopped = true;
            current = process;
        }
        if (!current.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = current.descendants().toList();
        current.destroy();
        try {
            if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                System.err.println("newsroom: " + name + " did not stop within " + grace.toSeconds() + " s; killing it");
                current.destroyForcibly();
                current.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
