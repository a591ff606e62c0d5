package dev.newsroom.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NewsroomUpTest {

    private static final Pattern READY = Pattern.compile(
            "ready: Kafka (\\S+) \\| schema registry (\\S+) \\| Mongo (\\S+) \\|");

    @TempDir
    Path dataDir;

    @Test
    void everyTakenPortIsReportedAtOnceWithTheOptionToChangeIt() throws Exception {
        InetAddress localhost = InetAddress.getByName("127.0.0.1");
        try (ServerSocket kafka = new ServerSocket(0, 1, localhost); ServerSocket mongo = new ServerSocket(0, 1, localhost)) {
            Result result = runInProcess("--infra-only", "--data", dataDir.toString(),
                    "--kafka-port", String.valueOf(kafka.getLocalPort()), "--registry-port", "0",
                    "--mongo-port", String.valueOf(mongo.getLocalPort()));

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("ports " + kafka.getLocalPort() + " (--kafka-port), " + mongo.getLocalPort()
                    + " (--mongo-port) on 127.0.0.1 are already in use");
            assertThat(dataDir.resolve("kafka")).doesNotExist();
        }
    }

    @Test
    void theHelpBreaksLinesOnlyWhereTheColumnIsFull() {
        String help = NewsroomUp.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
        List<String> lines = help.lines().dropWhile(line -> line.startsWith("Usage:") || line.startsWith(" ")).toList();
        assertThat(lines).isNotEmpty();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            String next = lines.get(i + 1);
            boolean isText = !line.isBlank() && !line.stripLeading().startsWith("-") && !line.stripLeading().startsWith("[");
            boolean continues = !next.isBlank() && !next.stripLeading().startsWith("-") && !next.stripLeading().startsWith("[");
            if (isText && continues && !line.matches(".*[.:)]$")) {
                assertThat(line.length()).as("a line broken before the column is full:%n%s%n%s", line, next).isGreaterThan(60);
            }
        }
    }

    @Test
    void onePortForTwoServersIsRefused() {
        Result result = runInProcess("--infra-only", "--data", dataDir.toString(),
                "--kafka-port", "0", "--registry-port", "47001", "--mongo-port", "47001");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("port 47001 is given to both --registry-port and --mongo-port");
    }

    @Test
    void aProcessThatDiesBeforeItIsHealthyIsReportedWithItsLog() throws Exception {
        Files.writeString(dataDir.resolve("kafka"), "a file where the broker's log directory belongs");

        Result result = runInProcess("--infra-only", "--data", dataDir.toString(),
                "--kafka-port", "0", "--registry-port", "0", "--mongo-port", "0", "--timeout", "120");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("kafka exited with code")
                .contains("see " + dataDir.resolve("logs/kafka.log"))
                .contains("cannot create the Kafka log directory");
    }

    @Test
    void aProcessThatDiesIsRestartedAndOneThatKeepsDyingStopsEverything() throws Exception {
        Process up = startInfrastructure("--max-restarts", "1", "--restart-window", "10 min");
        try {
            ConsoleLines console = new ConsoleLines(up.getInputStream());
            console.await(Pattern.compile("^newsroom: kafka is up \\(\\d+ s(, [\\d.]+ s of CPU)?\\)$"), Duration.ofSeconds(180));
            Matcher ready = console.await(READY, Duration.ofSeconds(180));
            List<ProcessHandle> children = up.descendants().toList();

            registryProcess(up).destroyForcibly(); // kill -9
            console.await(Pattern.compile("newsroom: schema-registry exited unexpectedly with code 137, killed by signal 9 "
                    + "\\(SIGKILL\\); restarting it in 1 s \\(restart 1 of at most 1 within 10 min\\)"), Duration.ofSeconds(30));
            console.await(Pattern.compile("newsroom: schema-registry is running again"), Duration.ofSeconds(90));
            HttpResponse<String> subjects = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(ready.group(2) + "/subjects")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(subjects.statusCode()).isEqualTo(200);
            assertThat(Files.readString(dataDir.resolve("logs/schema-registry.log")))
                    .contains("exited with code 137, killed by signal 9 (SIGKILL); restarting in 1 s")
                    .containsPattern("started schema-registry \\(pid \\d+\\)[\\s\\S]*started schema-registry \\(pid \\d+\\)");

            registryProcess(up).destroyForcibly();
            assertThat(up.waitFor(120, TimeUnit.SECONDS)).as("up stops when a process keeps dying").isTrue();
            assertThat(up.exitValue()).isEqualTo(1);
            assertThat(console.all()).contains("schema-registry exited unexpectedly with code 137, killed by signal 9 (SIGKILL); "
                    + "it died 2 times within 10 min (--max-restarts 1, --restart-window 10 min), so up gives up and stops everything");
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
            assertThat(up.descendants().filter(ProcessHandle::isAlive).toList()).isEmpty();
        } finally {
            up.descendants().forEach(ProcessHandle::destroyForcibly);
            up.destroyForcibly();
        }
    }

    private static ProcessHandle registryProcess(Process up) {
        return up.descendants()
                .filter(p -> p.isAlive() && p.info().commandLine().orElse("").contains("SchemaRegistryServer"))
                .findFirst().orElseThrow(() -> new AssertionError("no schema registry process"));
    }

    private Process startInfrastructure(String... options) throws java.io.IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", NewsroomUp.class.getName(),
                "--infra-only", "--data", dataDir.toString(), "--kafka-port", "0", "--registry-port", "0", "--mongo-port", "0"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        return builder.start();
    }

    @Test
    void theInfrastructureComesUpReadyAndLeavesNoProcessBehind() throws Exception {
        Process up = startInfrastructure();
        try {
            Matcher ready = new ConsoleLines(up.getInputStream()).await(READY, Duration.ofSeconds(180));
            List<ProcessHandle> children = up.descendants().toList();
            assertThat(children).hasSizeGreaterThanOrEqualTo(3);

            try (Admin admin = Admin.create(Map.of("bootstrap.servers", ready.group(1)))) {
                assertThat(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS)).hasSize(1);
            }
            HttpResponse<String> subjects = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(ready.group(2) + "/subjects")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(subjects.statusCode()).isEqualTo(200);
            try (MongoClient mongo = MongoClients.create(ready.group(3))) {
                assertThat(mongo.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok")).isNotNull();
            }
            assertThat(dataDir.resolve("logs/kafka.log")).isNotEmptyFile();
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("ingest-token")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            up.destroy(); // SIGTERM, as Ctrl-C would
            assertThat(up.waitFor(90, TimeUnit.SECONDS)).as("launcher exits after stopping its processes").isTrue();
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
                assertThat(child.isAlive()).as("process %s", child.info().command().orElse("?")).isFalse();
            }
        } finally {
            up.descendants().forEach(ProcessHandle::destroyForcibly);
            up.destroyForcibly();
        }
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result runInProcess(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = NewsroomUp.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
