package dev.newsroom.e2e.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import dev.newsroom.e2e.client.NewsroomApi;
import dev.newsroom.e2e.client.NewsroomApi.Submission;
import dev.newsroom.e2e.support.RepositoryLayout;
import dev.newsroom.stack.launcher.NewsroomUp;

/**
 * {@code ./newsroom up} as a user runs it, all processes real: extract-service is killed with SIGKILL, up
 * restarts it, and an article submitted meanwhile still gets its statements into the store.
 */
class UpSupervisionTest {

    private static final Pattern READY = Pattern.compile(
            "newsroom ready: web page (http://\\S+)/ \\| ingest API (http://\\S+)/api/articles \\|");

    @TempDir
    Path dir;

    private final StringBuilder seen = new StringBuilder();

    @Test
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void aKilledServiceIsRestartedAndThePipelineCompletes() throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("harbour.txt"), "Harbour fees to rise\n\n"
                + "\"We cannot keep the fees where they are,\" said Tomas Berglund, the harbour master of Northport.\n");
        Path data = dir.resolve("data");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", NewsroomUp.class.getName(), "--data", data.toString(),
                "--kafka-port", "0", "--registry-port", "0", "--mongo-port", "0", "--ingest-port", "0",
                "--ingest-management-port", "0", "--extract-port", "0", "--web-port", "0", "--web-management-port", "0",
                articles.toString())
                .redirectErrorStream(true);
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("NEWSROOM_ROOT", RepositoryLayout.root().toString());
        Process up = builder.start();
        try (BufferedReader console = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
            Matcher ready = awaitLine(console, READY);
            NewsroomApi api = new NewsroomApi(URI.create(ready.group(2)), URI.create(ready.group(1)),
                    Files.readString(data.resolve("ingest-token")).strip());

            extractService(up).destroyForcibly(); // kill -9
            awaitLine(console, Pattern.compile("newsroom: extract-service exited unexpectedly with code 137, killed by signal 9 "
                    + "\\(SIGKILL\\); restarting it in 1 s"));
            Submission submission = api.submitText("text/plain", "Ferry timetable changes\n\n"
                    + "\"The winter timetable starts a week early,\" said Elin Sandvik, the ferry operator's spokeswoman.\n");
            assertThat(submission.status()).isEqualTo(202);
            awaitLine(console, Pattern.compile("newsroom: extract-service is running again"));

            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            JsonNode statements = api.get("/api/statements?article=" + submission.articleId());
            while (statements.path("total").asLong() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(1000);
                statements = api.get("/api/statements?article=" + submission.articleId());
            }
            assertThat(statements.path("total").asLong()).as("statements of the article submitted while extract-service was down; "
                    + "console:%n%s", seen).isPositive();
            assertThat(Files.readString(data.resolve("logs/extract-service.log")))
                    .contains("exited with code 137, killed by signal 9 (SIGKILL); restarting in 1 s");
        } finally {
            List<ProcessHandle> children = up.descendants().toList();
            up.destroy();
            if (!up.waitFor(2, TimeUnit.MINUTES)) {
                up.destroyForcibly();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }

    private Matcher awaitLine(BufferedReader console, Pattern pattern) throws IOException {
        for (String line = console.readLine(); line != null; line = console.readLine()) {
            seen.append(line).append('\n');
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                return matcher;
            }
        }
        throw new AssertionError("up ended without a line matching " + pattern + ":\n" + seen);
    }

    private static ProcessHandle extractService(Process up) {
        return up.descendants()
                .filter(p -> p.isAlive() && p.info().commandLine().orElse("").contains("extract-service"))
                .findFirst().orElseThrow(() -> new AssertionError("no extract-service process under up"));
    }
}
