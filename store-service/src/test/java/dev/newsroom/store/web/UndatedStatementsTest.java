package dev.newsroom.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementType;
import dev.newsroom.store.StackProperties;
import dev.newsroom.store.TestEvents;
import dev.newsroom.store.TestEvents.FishingDispute;
import dev.newsroom.store.projection.ArticleProjector;
import dev.newsroom.store.projection.StatementProjector;
import dev.newsroom.store.views.ViewStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An article with no known publication date whose statements give no day of their own: its statements are
 * undated, never dated by the time they were extracted, and timelines count them apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "newsroom.mongo.database=undated-test",
        "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN"})
class UndatedStatementsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNDATED_TEXT = "Germany said the French boats had left the zone.";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackProperties.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    StatementProjector statements;
    @Autowired
    ArticleProjector articles;
    @Autowired
    ViewStore viewStore;

    @BeforeEach
    void load() {
        StatementEvent dated = TestEvents.extracted("u1", "a3", 1, UNDATED_TEXT, UNDATED_TEXT, TestEvents.GERMANY,
                StatementType.STATEMENT, LocalDate.parse("2030-03-02"), TestEvents.FRANCE);
        dated.getStatement().setStatedAt(null);
        dated.setArticlePublishedAt(null);
        List<StatementEvent> events = new ArrayList<>(FishingDispute.events());
        events.add(dated);
        statements.project(events, viewStore.live());
        RawArticle undatedArticle = TestEvents.article("a3", 1, "Boats leave the zone", UNDATED_TEXT);
        undatedArticle.setPublishedAt(null);
        List<RawArticle> raw = new ArrayList<>(FishingDispute.articles());
        raw.add(undatedArticle);
        articles.project(raw, viewStore.live());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void aStatementWithNeitherAStatedNorAPublicationDateIsUndatedNotDatedByItsExtraction() throws Exception {
        JsonNode undated = get("/api/statements?article=a3").get("items").get(0);
        assertThat(undated.get("when").isNull()).isTrue();
        assertThat(undated.get("day").isNull()).isTrue();
        assertThat(undated.get("dateBasis").asString()).isEqualTo("unknown");
        JsonNode dated = get("/api/statements?article=a1").get("items").get(0);
        assertThat(dated.get("dateBasis").asString()).isEqualTo("statement");

        JsonNode article = get("/api/articles/a3");
        assertThat(article.get("publishedAt").isNull()).isTrue();
        assertThat(article.get("ingestedAt").asString()).startsWith("2030-03-02");
    }

    @Test
    void timelinesLeaveUndatedStatementsOutAndCountThem() throws Exception {
        JsonNode dispute = get("/api/disputes/DEU~FRA");
        assertThat(dispute.get("timeline")).extracting(t -> t.get("day").asString())
                .containsExactly("2030-03-02", "2030-03-04");
        assertThat(dispute.get("sides").get(0).get("undatedStatementCount").asInt()).isEqualTo(1);
        assertThat(dispute.get("lastStatementAt").asString()).startsWith("2030-03-04");
        JsonNode germany = get("/api/actors/gov:DEU");
        assertThat(germany.get("lastSeen").asString()).startsWith("2030-03-0");
        assertThat(get("/api/actors/gov:DEU/statements").get("items")).last()
                .satisfies(s -> assertThat(s.get("id").asString()).isEqualTo("u1"));
    }
}
