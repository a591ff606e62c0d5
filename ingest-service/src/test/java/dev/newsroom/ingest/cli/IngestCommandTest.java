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

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = IngestCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                "--api", "http://localhost:" + port + "/api/articles", "--token", IngestTestSupport.TOKEN,
                dir.resolve("folder").toString(), empty.toString(), dir.resolve("missing.txt").toString());
        String output = out.toString(StandardCharsets.UTF_8);

        assertThat(exit).isEqualTo(1);
        assertThat(output).contains("5 accepted, 0 duplicates, 4 failed").contains("1 files of other types skipped");
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

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        int second = IngestCommand.run(new PrintStream(again, true, StandardCharsets.UTF_8),
                "--api", "http://localhost:" + port + "/api/articles", "--token", IngestTestSupport.TOKEN, dir.resolve("folder/one.txt").toString());
        assertThat(second).isZero();
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("0 accepted, 1 duplicates, 0 failed");
    }

    @Test
    void publishedAtDatesTheFilesSentAndANonDateIsRefusedBeforeSending() throws Exception {
        String run = UUID.randomUUID().toString();
        Path file = Files.writeString(dir.resolve("undated.txt"), "Harbour fees rise\n\nThe port board said fees rise. " + run);
        String api = "http://localhost:" + port + "/api/articles";
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThat(IngestCommand.run(quiet, "--api", api, "--token", IngestTestSupport.TOKEN,
                "--published-at", "not a date", file.toString())).isEqualTo(2);
        assertThat(IngestCommand.run(quiet, "--api", api, "--token", IngestTestSupport.TOKEN,
                "--published-at", "2016-03-02", file.toString())).isZero();

        List<RawArticle> ours = IngestTestSupport.rawEvents(TOPICS.raw(),
                read -> read.stream().anyMatch(e -> e.getCleanedText().contains(run)))
                .stream().filter(e -> e.getCleanedText().contains(run)).toList();
        assertThat(ours).singleElement().satisfies(e ->
                assertThat(e.getPublishedAt()).isEqualTo(java.time.Instant.parse("2016-03-02T00:00:00Z")));
    }

    @Test
    void aWrongTokenFailsEveryFileWithTheReason() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Some text.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = IngestCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                "--api", "http://localhost:" + port + "/api/articles", "--token", "wrong", dir.toString());
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("a.txt: Unauthorized: The bearer token is not the token");
    }
}
