package dev.newsroom.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
    void theDataDirectoryIsTheOptionElseNewsroomHomeElseDotNewsroom() {
        Path option = Path.of("/srv/newsroom-data");
        assertThat(NewsroomUp.dataDirectory(option, "/home/me/nr")).isEqualTo(option);
        assertThat(NewsroomUp.dataDirectory(null, "/home/me/nr")).isEqualTo(Path.of("/home/me/nr"));
        assertThat(NewsroomUp.dataDirectory(null, null)).isEqualTo(Path.of(".newsroom").toAbsolutePath());
    }

    @Test
    void aTakenPortIsReportedWithTheOptionToChangeIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Result result = runInProcess("--infra-only", "--data", dataDir.toString(),
                    "--kafka-port", String.valueOf(port), "--registry-port", "0", "--mongo-port", "0");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err()).contains("port " + port + " on 127.0.0.1 is already in use")
                    .contains("--kafka-port");
            assertThat(dataDir.resolve("kafka")).doesNotExist();
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
    void theInfrastructureComesUpReadyAndLeavesNoProcessBehind() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", NewsroomUp.class.getName(),
                "--infra-only", "--data", dataDir.toString(), "--kafka-port", "0", "--registry-port", "0", "--mongo-port", "0")
                .redirectErrorStream(true);
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process up = builder.start();
        try {
            Matcher ready = awaitReadyLine(up);
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

    private static Matcher awaitReadyLine(Process up) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        CompletableFuture<Matcher> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    seen.append(line).append('\n');
                    Matcher matcher = READY.matcher(line);
                    if (matcher.find()) {
                        return matcher;
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            throw new AssertionError("up exited without a ready line:\n" + seen);
        });
        try {
            return ready.get(180, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no ready line within 180 s:\n" + seen, e);
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
