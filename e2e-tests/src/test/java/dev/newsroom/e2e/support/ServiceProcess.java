package dev.newsroom.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service running as it runs in production: its own JVM on its module's runtime classpath,
 * configured by environment variables only, output to a log file under target/.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceModule module;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path log;
    private final int managementPort;
    private Process process;

    private ServiceProcess(ServiceModule module, Map<String, String> environment, List<String> jvmOptions, Path log,
                          int managementPort) {
        this.module = module;
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.log = log;
        this.managementPort = managementPort;
    }

    /**
     * Starts {@code module} with {@code environment} (which must set MANAGEMENT_SERVER_PORT) and
     * waits until its actuator health reports UP.
     */
    public static ServiceProcess start(ServiceModule module, Map<String, String> environment, List<String> jvmOptions,
                                       Path logDir, Duration startTimeout) {
        int managementPort = Integer.parseInt(environment.get("MANAGEMENT_SERVER_PORT"));
        ServiceProcess service = new ServiceProcess(module, environment, jvmOptions,
                logDir.resolve(module.name() + ".log"), managementPort);
        service.launch(startTimeout);
        return service;
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return module.name();
    }

    /** SERVER_PORT: where the service's API answers. */
    public int serverPort() {
        return Integer.parseInt(environment.get("SERVER_PORT"));
    }

    public int managementPort() {
        return managementPort;
    }

    /** Ends the process abruptly (SIGKILL): no shutdown hooks, no commits, no flushes. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    /** Starts the service again with the same environment, after {@link #kill()} or {@link #close()}. */
    public void restart(Duration startTimeout) {
        if (process.isAlive()) {
            throw new IllegalStateException(name() + " is still running");
        }
        launch(startTimeout);
    }

    /** Stops the service gracefully (SIGTERM), forcibly if it does not exit in time. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            waitForExit();
        }
    }

    private void launch(Duration startTimeout) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(module.classpathArgument());
        command.add(module.mainClass());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Only what the test gives: nothing the developer's shell exports may leak into the service.
        builder.environment().keySet().removeIf(k -> k.startsWith("SPRING_") || k.startsWith("NEWSROOM_")
                || k.startsWith("SERVER_") || k.startsWith("MANAGEMENT_") || k.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name(), e);
        }
        awaitHealthy(startTimeout);
    }

    private void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI health = URI.create("http://localhost:" + managementPort + "/actuator/health");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name() + " exited with " + process.exitValue() + " while starting; log:\n" + logTail());
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException(name() + " not healthy within " + timeout + "; log:\n" + logTail());
    }

    private void waitForExit() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The last lines of the service's log, for failure messages. */
    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
