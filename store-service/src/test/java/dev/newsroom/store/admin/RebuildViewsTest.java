package dev.newsroom.store.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementType;
import dev.newsroom.store.EventTopics;
import dev.newsroom.store.StackProperties;
import dev.newsroom.store.TestEvents;
import dev.newsroom.store.TestEvents.FishingDispute;
import dev.newsroom.store.ViewDump;
import dev.newsroom.store.cli.RebuildViewsCommand;
import dev.newsroom.store.views.ViewStore;
import dev.newsroom.stack.testing.NewsroomStackExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import picocli.CommandLine;

/** The views rebuilt from the topics equal the incrementally built ones, document by document. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "newsroom.mongo.database=rebuild-test", "newsroom.store.consumer-group=rebuild-test",
        "newsroom.store.admin-token=test-admin-token", "newsroom.store.max-poll-records=3",
        "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN"})
class RebuildViewsTest {

    private static final EventTopics TOPICS = new EventTopics(NewsroomStackExtension.stack(), "rebuild-test");

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackProperties.register(registry, TOPICS);
    }

    @LocalServerPort
    int port;
    @Autowired
    ViewStore viewStore;
    @Autowired
    MongoDatabase database;

    @Test
    void rebuiltViewsEqualTheIncrementalOnesAndTheProjectionGoesOnInTheNewGeneration() throws Exception {
        publishAHistory();
        TOPICS.awaitConsumed("rebuild-test");
        int before = viewStore.live().generation();
        var incremental = ViewDump.of(viewStore.live());
        assertThat(incremental.get("disputes")).isNotEmpty();

        var out = new StringWriter();
        int exit = new CommandLine(new RebuildViewsCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(out))
                .execute("--url", "http://localhost:" + port, "--token", "test-admin-token");
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("done").contains("\"skipped\":1");

        var rebuilt = viewStore.live();
        assertThat(rebuilt.generation()).isGreaterThan(before);
        var replayed = ViewDump.of(rebuilt);
        for (String collection : incremental.keySet()) {
            assertThat(replayed.get(collection)).as(collection).containsExactlyElementsOf(incremental.get(collection));
        }
        List<String> names = database.listCollectionNames().into(new ArrayList<>());
        assertThat(names).noneMatch(n -> n.endsWith("_g" + before));

        TOPICS.publishStatements(List.of(TestEvents.extracted("s9", "a3", 1, "Paris called Berlin.", "Paris called Berlin.",
                TestEvents.FRANCE, StatementType.APPEAL, LocalDate.parse("2030-03-09"), TestEvents.GERMANY)));
        TOPICS.awaitConsumed("rebuild-test");
        assertThat(viewStore.live().statements().find(Filters.eq("_id", "s9")).first()).isNotNull();
    }

    @Test
    void theAdminEndpointWantsTheBearerToken() throws Exception {
        assertThat(post(null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("Bearer guess");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    }

    private HttpResponse<String> post(String authorization) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/admin/rebuild-views"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Extractions, a new article version that keeps one statement and drops another, redeliveries and a poison record. */
    private static void publishAHistory() throws Exception {
        TOPICS.publishArticles(FishingDispute.articles());
        TOPICS.publishStatements(FishingDispute.events());
        StatementEvent kept = FishingDispute.events().get(5);
        kept.setArticleVersion(2);
        kept.setEventId("s6@2");
        TOPICS.publishArticles(List.of(TestEvents.article("a2", 2, "Talks go on, revised", FishingDispute.A2_TEXT)));
        TOPICS.publishStatements(List.of(TestEvents.retracted("s5", "a2", 2), kept));
        TOPICS.publishBytes(TOPICS.statements, "a2", "garbage".getBytes(StandardCharsets.UTF_8));
        TOPICS.publishStatements(FishingDispute.events().subList(0, 3));
    }
}
