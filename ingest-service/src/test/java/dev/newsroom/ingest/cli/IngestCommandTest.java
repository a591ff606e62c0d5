package dev.newsroom.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.newsroom.events.IngestSource;
import dev.newsroom.events.RawArticle;
import dev.newsroom.ingest.IngestApplication;
import dev.newsroom.ingest.IngestTestSupport;
import dev.newsroom.ingest.IngestTestSupport.Topics;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/** {@code newsroom ingest} against a running ingest service. */
@ExtendWith(NewsroomStackExtension.class)
@SpringBootTest(classes = IngestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestCommandTest {

    static final Topics TOPICS = Topics.forClass(IngestCommandTest.class);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IngestTestSupport.register(registry, TOPICS);
    }

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    @Test
    void sendsFilesAndFoldersListsFailuresWithReasonsAndStillSendsTheRest() throws Exception {
        String run = UUID.randomUUID().toString();
        Path nested = Files.createDirectories(dir.resolve("folder/nested"));
        Files.writeString(dir.resolve("folder/one.txt"), "Storm hits coast\n\nThe weather office said winds reached 120 km/h. " + run);
        Files.writeString(nested.resolve("two.html"), "<html><body><article><h1>Vote delayed</h1><p>The speaker said the vote would wait. "
                + run + "</p></article></body></html>");
        Files.writeString(nested.resolve("three.json"), "{\"title\": \"Prices fall\", \"body\": \"The bureau said prices fell. " + run + "\"}");
        Files.writeString(nested.resolve("four.jsonl"), "{\"body\": \"The league said the match was moved. " + run + "\"}\n"
                + "{\"body\": false}\n{\"body\": \"The school said classes resume. " + run + "\"}\n");
        Files.writeString(nested.resolve("broken.json"), "{\"body\": ");
        Files.writeString(nested.resolve("notes.md"), "not an article");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        Run run1 = run("--api", api(), "--token", IngestTestSupport.TOKEN,
                dir.resolve("folder").toString(), empty.toString(), dir.resolve("missing.txt").toString());
        String output = run1.out();

        assertThat(run1.exit()).isEqualTo(1);
        assertThat(output).contains("5 new, 0 updated, 0 duplicates, 4 failed (6 files in").contains("1 file of other types skipped");
        assertThat(run1.out() + run1.err()).as("no progress frames when the output is not a terminal").doesNotContain("\r");
        assertThat(output).contains("broken.json: Malformed JSON");
        assertThat(output).contains("four.jsonl:2: JSON field of the wrong type: Field \"body\" must be a string, not a boolean");
        assertThat(output).contains("empty.txt: Empty article: The body is empty");
        assertThat(output).contains("missing.txt: no such file or folder");

        List<RawArticle> ours = IngestTestSupport.rawEvents(TOPICS.raw(),
                read -> read.stream().filter(e -> e.getCleanedText().contains(run)).count() >= 5)
                .stream().filter(e -> e.getCleanedText().contains(run)).toList();
        assertThat(ours).hasSize(5).allSatisfy(e -> assertThat(e.getSource()).isEqualTo(IngestSource.FILE));
        assertThat(ours).extracting(RawArticle::getContentType)
                .containsExactlyInAnyOrder("text/plain", "text/html", "application/json", "application/json", "application/json");

        Run again = run("--api", api(), "--token", IngestTestSupport.TOKEN, dir.resolve("folder/one.txt").toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("0 new, 0 updated, 1 duplicate, 0 failed (1 file in");

        Files.writeString(dir.resolve("folder/one.txt"), "Storm hits coast\n\nThe weather office said winds reached 130 km/h. " + run);
        Run changed = run("--api", api(), "--token", IngestTestSupport.TOKEN, dir.resolve("folder/one.txt").toString());
        assertThat(changed.out()).as("a plain-text file has no URL: changed text is a new article")
                .contains("1 new, 0 updated, 0 duplicates, 0 failed (1 file in");
    }

    @Test
    void publishedAtDatesTheFilesSentAndANonDateIsRefusedBeforeSending() throws Exception {
        String id = UUID.randomUUID().toString();
        Path file = Files.writeString(dir.resolve("undated.txt"), "Harbour fees rise\n\nThe port board said fees rise. " + id);

        assertThat(run("--api", api(), "--token", IngestTestSupport.TOKEN, "--published-at", "not a date", file.toString())
                .exit()).isEqualTo(2);
        Run dated = run("--api", api(), "--token", IngestTestSupport.TOKEN, "--published-at", "2016-03-02", file.toString());
        assertThat(dated.exit()).as(dated.out() + dated.err()).isZero();

        List<RawArticle> ours = IngestTestSupport.rawEvents(TOPICS.raw(),
                read -> read.stream().anyMatch(e -> e.getCleanedText().contains(id)))
                .stream().filter(e -> e.getCleanedText().contains(id)).toList();
        assertThat(ours).singleElement().satisfies(e ->
                assertThat(e.getPublishedAt()).isEqualTo(java.time.Instant.parse("2016-03-02T00:00:00Z")));
    }

    @Test
    void theTokenThatUpWroteToItsDataDirectoryIsFoundThroughData() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("ingest-token"), IngestTestSupport.TOKEN + "\n");
        Files.writeString(dir.resolve("a.txt"), "Harbour reopens\n\nThe port authority said ships could dock again. " + UUID.randomUUID());

        Run run = run("--api", api(), "--data", data.toString(), dir.resolve("a.txt").toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("1 new, 0 updated, 0 duplicates, 0 failed (1 file in");
    }

    @Test
    void aRefusedTokenStopsTheRunAndSaysWhichTokenFileWasUsed() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("ingest-token"), "an-old-token\n");
        Path folder = Files.createDirectories(dir.resolve("articles"));
        for (int i = 0; i < 20; i++) {
            Files.writeString(folder.resolve(i + ".txt"), "Some text " + i + ".");
        }

        Run run = run("--api", api(), "--data", data.toString(), "--threads", "1", folder.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("refused the token: Unauthorized: The bearer token is not the token")
                .contains("; sent the token from " + data.resolve("ingest-token") + " (data directory from --data). If")
                .contains("pass the same --data DIR");
        assertThat(run.out()).doesNotContain("articles/s");
    }

    @Test
    void aMissingTokenFileIsNamedWithoutTheWholeUsage() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Some text.");
        Run run = run("--api", api(), "--data", dir.resolve("nowhere").toString(), dir.resolve("a.txt").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("No ingest token: " + dir.resolve("nowhere/ingest-token") + " (data directory from --data) does not exist")
                .doesNotContain("Usage:");
    }

    @Test
    void aPathThatDoesNotExistIsAnErrorNotAnEmptyRun() {
        Run run = run("--api", api(), "--token", IngestTestSupport.TOKEN, "/nonexistent");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("nothing to send").contains("/nonexistent: no such file or folder");
        assertThat(run.out()).doesNotContain("articles/s").doesNotContain("0 files");
    }

    @Test
    void theHelpKeepsTheDefaultAddressWhole() {
        String help = new picocli.CommandLine(new IngestCommand(System.out, System.err, false))
                .getUsageMessage(picocli.CommandLine.Help.Ansi.OFF);
        assertThat(help).contains("default: http://localhost:8080/api/articles.").contains("--data=DIR");
    }

    private String api() {
        return "http://localhost:" + port + "/api/articles";
    }

    private record Run(int exit, String out, String err) {
    }

    /** Runs the command as from a log, not a terminal; System.err is captured too, where a progress bar would draw. */
    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream systemErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = IngestCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, false, args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(systemErr);
        }
    }
}
