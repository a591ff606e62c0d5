package dev.newsroom.store.bench;

import dev.newsroom.stack.mongo.MongoMain;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded Mongo-compatible server in a process of its own, started with the JVM options {@code ./newsroom up}
 * gives it, so the benchmark measures the store as it runs there: its own heap and garbage collector, its own cores.
 */
final class MongoServerProcess implements AutoCloseable {

    private final Process process;
    private final String connectionString;

    private MongoServerProcess(Process process, String connectionString) {
        this.process = process;
        this.connectionString = connectionString;
    }

    static MongoServerProcess start(Path dataDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(MongoMain.JVM_OPTIONS);
        command.addAll(List.of(MongoMain.class.getName(), "--data", dataDir.toString(), "--host", "127.0.0.1", "--port", "0",
                "--stop-with-parent"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process process = builder.start();
        var output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = output.readLine()) != null; ) {
            if (line.startsWith(MongoMain.READY)) {
                Thread drainer = new Thread(() -> drain(output), "mongo-output");
                drainer.setDaemon(true);
                drainer.start();
                return new MongoServerProcess(process, line.substring(MongoMain.READY.length()).trim());
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("the Mongo-compatible server stopped before it was ready"
                + (process.isAlive() ? "" : " (exit code " + process.exitValue() + ")"));
    }

    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // the server logs what it does; the benchmark prints only figures
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String connectionString() {
        return connectionString;
    }

    /** CPU time the server process has used so far. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
