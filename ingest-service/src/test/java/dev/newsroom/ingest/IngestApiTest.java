package dev.newsroom.ingest;

import static dev.newsroom.ingest.IngestTestSupport.TOKEN;
import static dev.newsroom.ingest.IngestTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsroom.events.IngestSource;
import dev.newsroom.events.RawArticle;
import dev.newsroom.ingest.IngestTestSupport.Reply;
import dev.newsroom.ingest.IngestTestSupport.Topics;
import dev.newsroom.stack.testing.NewsroomStackExtension;

@ExtendWith(NewsroomStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IngestApiTest {

    static final Topics TOPICS = Topics.forClass(IngestApiTest.class);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IngestTestSupport.register(registry, TOPICS);
        registry.add("newsroom.ingest.max-article-size", () -> "64KB");
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    MeterRegistry meters;

    URI articles() {
        return URI.create("http://localhost:" + port + "/api/articles");
    }

    JsonNode outcome(Reply reply) throws Exception {
        return IngestTestSupport.outcome(URI.create("http://localhost:" + port), reply);
    }

    Reply submit(String contentType, String body) throws Exception {
        return post(articles(), contentType, body.getBytes(StandardCharsets.UTF_8), TOKEN);
    }

    static String unique(String text) {
        return text + " Reference " + UUID.randomUUID() + ".";
    }

    RawArticle eventOf(String articleId, int version) {
        List<RawArticle> events = IngestTestSupport.rawEvents(TOPICS.raw(), read -> read.stream()
                .anyMatch(e -> e.getArticleId().equals(articleId) && e.getVersion() == version));
        return events.stream().filter(e -> e.getArticleId().equals(articleId) && e.getVersion() == version)
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + articleId + " v" + version));
    }

    @Test
    void jsonArticleIsAcceptedAndPublishedAsAvroThatTheSerdeDecodes() throws Exception {
        String body = unique("The harbour master said on Monday that the port would reopen.");
        String json = """
                {"url": "HTTPS://News.Example.org/port/reopens/?utm_source=feed#top", "title": "Port reopens",
                 "body": "%s", "publishedAt": "2025-02-03T10:00:00Z", "outlet": "Example News", "language": "en"}
                """.formatted(body);
        Reply reply = submit("application/json", json);

        assertThat(reply.status()).isEqualTo(202);
        String id = reply.body().get("articleId").asString();
        assertThat(reply.body().get("status").asString()).isEqualTo("submitted");
        JsonNode outcome = outcome(reply);
        assertThat(outcome.get("outcome").asString()).isEqualTo("new");
        assertThat(outcome.get("version").asInt()).isEqualTo(1);

        RawArticle event = eventOf(id, 1);
        assertThat(event.getCanonicalUrl()).isEqualTo("https://news.example.org/port/reopens");
        assertThat(event.getUrl()).isEqualTo("HTTPS://News.Example.org/port/reopens/?utm_source=feed#top");
        assertThat(event.getTitle()).isEqualTo("Port reopens");
        assertThat(event.getOutlet()).isEqualTo("Example News");
        assertThat(event.getPublishedAt()).isEqualTo(java.time.Instant.parse("2025-02-03T10:00:00Z"));
        assertThat(event.getLanguage()).isEqualTo("en");
        assertThat(event.getOriginalText()).isEqualTo(body);
        assertThat(event.getCleanedText()).isEqualTo(body);
        assertThat(event.getContentType()).isEqualTo("application/json");
        assertThat(event.getSource()).isEqualTo(IngestSource.HTTP);
        assertThat(event.getOffsetMap()).hasSize(1);
        assertThat(event.getContentHash()).hasSize(64);
    }

    @Test
    void plainTextFirstLineIsTheTitleAndBoilerplateIsGone() throws Exception {
        String text = "Ferry service resumes\n\nAll news\n" + unique("The operator said crossings would restart on Friday.")
                + "\nRelated content\nMost Popular\n";
        Reply reply = submit("text/plain; charset=utf-8", text);
        assertThat(reply.status()).isEqualTo(202);
        RawArticle event = eventOf(reply.body().get("articleId").asString(), 1);
        assertThat(event.getTitle()).isEqualTo("Ferry service resumes");
        assertThat(event.getCleanedText()).startsWith("Ferry service resumes\n\nThe operator said")
                .doesNotContain("Related content", "Most Popular", "All news");
        assertThat(event.getOriginalText()).isEqualTo(text);
        assertThat(event.getArticleId()).startsWith("t-");
        assertThat(event.getContentType()).isEqualTo("text/plain");
    }

    @Test
    void anUndatedArticleHasAnUnknownPublicationDateAndThePublishedAtParameterGivesOne() throws Exception {
        Reply undated = submit("text/plain", "Library hours extended\n\n" + unique("The council said the library would open later."));
        assertThat(undated.status()).isEqualTo(202);
        RawArticle none = eventOf(undated.body().get("articleId").asString(), 1);
        assertThat(none.getPublishedAt()).isNull();
        assertThat(none.getIngestedAt()).isNotNull();

        Reply dated = post(URI.create(articles() + "?publishedAt=2016-03-02"), "text/plain",
                unique("The council said the pool would close.").getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(dated.status()).isEqualTo(202);
        assertThat(eventOf(dated.body().get("articleId").asString(), 1).getPublishedAt())
                .isEqualTo(java.time.Instant.parse("2016-03-02T00:00:00Z"));

        Reply datedJson = submit("application/json", "{\"datePublished\": \"2016-03-04T09:00:00Z\", \"body\": \""
                + unique("The council said the park would reopen.") + "\"}");
        assertThat(eventOf(datedJson.body().get("articleId").asString(), 1).getPublishedAt())
                .isEqualTo(java.time.Instant.parse("2016-03-04T09:00:00Z"));

        assertProblem(post(URI.create(articles() + "?publishedAt=last%20week"), "text/plain",
                unique("The council said nothing.").getBytes(StandardCharsets.UTF_8), TOKEN), 400, "invalid-date");
    }

    @Test
    void theOpenApiDescriptionDescribesEveryEndpointParameterAndAnswer() throws Exception {
        tools.jackson.databind.JsonNode docs = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(IngestTestSupport.get(URI.create("http://localhost:" + port + "/v3/api-docs")));
        assertThat(docs.get("info").get("title").asString()).isEqualTo("Newsroom ingest API");
        assertThat(docs.get("info").get("description").asString()).contains("bearer token", "problem JSON");
        tools.jackson.databind.JsonNode paths = docs.get("paths");
        assertThat(paths.propertyNames()).containsExactlyInAnyOrder("/api/articles", "/api/articles/batch",
                "/api/articles/{articleId}", "/api/articles/{articleId}/submissions/{submissionId}");
        for (String path : List.of("/api/articles", "/api/articles/batch")) {
            tools.jackson.databind.JsonNode post = paths.get(path).get("post");
            assertThat(post.get("summary")).isNotNull();
            assertThat(post.get("description")).isNotNull();
            assertThat(post.get("requestBody").get("content").propertyNames()).isNotEmpty();
            assertThat(post.get("responses").propertyNames()).contains("400", "401", "413");
            post.get("parameters").forEach(p -> assertThat(p.get("description")).as(p.get("name").asString()).isNotNull());
        }
        assertThat(paths.get("/api/articles").get("post").get("responses").propertyNames()).contains("202", "415", "422", "503");
        assertThat(paths.get("/api/articles/batch").get("post").get("responses").propertyNames()).contains("200");
        assertThat(paths.get("/api/articles/{articleId}/submissions/{submissionId}").get("get").get("description")
                .asString()).contains("pending", "new", "updated", "duplicate");
        assertThat(paths.get("/api/articles").get("post").get("requestBody").get("content").propertyNames())
                .contains("text/plain", "text/html", "application/json");
    }

    @Test
    void htmlKeepsTheMainTextOnly() throws Exception {
        String html = "<html><head><title>Dam inspected</title><script>alert('x')</script></head><body>"
                + "<nav><a href='/'>Home</a></nav><article><h1>Dam inspected</h1><p>"
                + unique("Engineers said the dam was sound.") + "</p><figure><figcaption>The dam.</figcaption></figure>"
                + "</article><footer>Contact us</footer></body></html>";
        Reply reply = submit("text/html", html);
        assertThat(reply.status()).isEqualTo(202);
        RawArticle event = eventOf(reply.body().get("articleId").asString(), 1);
        assertThat(event.getCleanedText()).startsWith("Dam inspected\n\nEngineers said the dam was sound.")
                .doesNotContain("Home", "alert", "The dam.", "Contact us");
        assertThat(event.getOriginalText()).isEqualTo(html);
        assertThat(event.getContentType()).isEqualTo("text/html");
    }

    @Test
    void sameContentAgainIsADuplicateAndChangedContentUnderTheSameUrlIsANewVersion() throws Exception {
        String url = "https://example.org/news/" + UUID.randomUUID();
        String first = "{\"url\": \"" + url + "\", \"body\": \"The council said the road would close.\"}";
        Reply accepted = submit("application/json", first);
        assertThat(outcome(accepted).get("outcome").asString()).isEqualTo("new");
        String id = accepted.body().get("articleId").asString();

        Reply again = submit("application/json", "{\"url\": \"" + url + "?utm_medium=x#c\", \"body\": \"The council said  the road would close.\"}");
        assertThat(again.body().get("articleId").asString()).isEqualTo(id);
        JsonNode duplicate = outcome(again);
        assertThat(duplicate.get("outcome").asString()).isEqualTo("duplicate");
        assertThat(duplicate.get("version").asInt()).isEqualTo(1);
        assertThat(duplicate.get("duplicateOf").asString()).isEqualTo(id);

        Reply changed = submit("application/json", "{\"url\": \"" + url + "\", \"body\": \"The council said the road would stay open.\"}");
        assertThat(changed.body().get("articleId").asString()).isEqualTo(id);
        JsonNode updated = outcome(changed);
        assertThat(updated.get("outcome").asString()).isEqualTo("updated");
        assertThat(updated.get("version").asInt()).isEqualTo(2);
        assertThat(eventOf(id, 2).getCleanedText()).isEqualTo("The council said the road would stay open.");

        List<RawArticle> events = IngestTestSupport.rawEvents(TOPICS.raw(), read -> read.stream().anyMatch(e -> e.getArticleId().equals(id) && e.getVersion() == 2));
        assertThat(events.stream().filter(e -> e.getArticleId().equals(id))).hasSize(2);

        String text = unique("A text without a URL.");
        Reply textFirst = submit("text/plain", text);
        Reply textAgain = submit("text/plain", text + "\n");
        assertThat(outcome(textFirst).get("outcome").asString()).isEqualTo("new");
        assertThat(outcome(textAgain).get("outcome").asString()).isEqualTo("duplicate");
        assertThat(textAgain.body().get("articleId").asString()).isEqualTo(textFirst.body().get("articleId").asString());

        Reply elsewhere = submit("application/json", "{\"url\": \"https://example.org/copy/" + UUID.randomUUID()
                + "\", \"body\": \"The council said the road would stay open.\"}");
        JsonNode copy = outcome(elsewhere);
        assertThat(copy.get("outcome").asString()).as("the same text under another URL").isEqualTo("duplicate");
        assertThat(copy.get("duplicateOf").asString()).isEqualTo(id);
        JsonNode article = JsonMapper.builder().build().readTree(IngestTestSupport.get(URI.create(articles() + "/" + id)));
        assertThat(article.get("version").asInt()).isEqualTo(2);
        assertThat(article.get("submissions").size()).isEqualTo(3);
    }

    @Test
    void concurrentSubmissionsGetOneVersionEachAndOneEventPerContent() throws Exception {
        String url = "https://example.org/concurrent/" + UUID.randomUUID();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Reply>> same = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                same.add(pool.submit(() -> submit("application/json", "{\"url\": \"" + url + "\", \"body\": \"The port said ships wait.\"}")));
            }
            List<String> outcomes = new java.util.ArrayList<>();
            for (var f : same) {
                JsonNode outcome = outcome(f.get());
                outcomes.add(outcome.get("outcome").asString());
                assertThat(outcome.get("version").asInt()).isEqualTo(1);
            }
            assertThat(outcomes).containsOnly("new", "duplicate").filteredOn("new"::equals).hasSize(1);

            List<java.util.concurrent.Future<Reply>> changed = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                changed.add(pool.submit(() -> submit("application/json", "{\"url\": \"" + url + "\", \"body\": \"The port said " + n + " ships wait.\"}")));
            }
            List<Integer> versions = new java.util.ArrayList<>();
            for (var f : changed) {
                JsonNode outcome = outcome(f.get());
                assertThat(outcome.get("outcome").asString()).isEqualTo("updated");
                versions.add(outcome.get("version").asInt());
            }
            assertThat(versions).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9);
        } finally {
            pool.shutdown();
        }
        String id = submit("application/json", "{\"url\": \"" + url + "\", \"body\": \"The port said ships wait.\"}").body().get("articleId").asString();
        List<RawArticle> events = IngestTestSupport.rawEvents(TOPICS.raw(),
                read -> read.stream().filter(e -> e.getArticleId().equals(id)).count() >= 10);
        assertThat(events.stream().filter(e -> e.getArticleId().equals(id)).map(RawArticle::getVersion))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "empty body|text/plain||400|empty-body",
            "malformed JSON|application/json|{\"body\": \"x\"|400|malformed-json",
            "wrong JSON field type|application/json|{\"body\": [\"x\"]}|400|wrong-field-type",
            "JSON without a body|application/json|{\"title\": \"t\"}|400|missing-body",
            "HTML with no text|text/html|<html><body><script>x()</script><nav>Menu</nav></body></html>|422|no-text",
            "invalid URL|application/json|{\"url\": \"ftp://x\", \"body\": \"Some text.\"}|400|invalid-url",
            "unsupported media type|image/png|abc|415|unsupported-format",
    })
    void badInputGetsProblemJsonAndIsCounted(String name, String contentType, String body, int status, String reason) throws Exception {
        double before = rejected(reason);
        Reply reply = submit(contentType, body == null ? "" : body);
        assertProblem(reply, status, reason);
        assertThat(rejected(reason)).isEqualTo(before + 1);
    }

    @Test
    void invalidUtf8BinaryAndOversizedBodiesAreRefused() throws Exception {
        assertProblem(post(articles(), "text/plain", new byte[] {'O', 'k', ' ', (byte) 0xFF, (byte) 0xFE, 'x'}, TOKEN), 400, "invalid-utf8");
        assertProblem(post(articles(), "text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'}, TOKEN), 415, "binary");
        double before = rejected("too-large");
        assertProblem(post(articles(), "text/plain", "word ".repeat(20_000).getBytes(StandardCharsets.UTF_8), TOKEN), 413, "too-large");
        assertThat(rejected("too-large")).isEqualTo(before + 1);
    }

    @Test
    void writesNeedTheBearerTokenWhileHealthAndMetricsStayOpen() throws Exception {
        assertProblem(post(articles(), "text/plain", "Text.".getBytes(StandardCharsets.UTF_8), null), 401, "unauthorized");
        assertProblem(post(articles(), "text/plain", "Text.".getBytes(StandardCharsets.UTF_8), "wrong"), 401, "unauthorized");
        String management = "http://localhost:" + managementPort + "/actuator/";
        assertThat(IngestTestSupport.get(URI.create(management + "health"))).contains("\"UP\"");
        assertThat(IngestTestSupport.get(URI.create(management + "prometheus")))
                .contains("newsroom_ingest_rejected_total{reason=\"unauthorized\",source=\"http\"}");
    }

    @Test
    void batchOfJsonLinesGivesOneResultPerLine() throws Exception {
        String duplicate = unique("The mayor said the bridge would reopen.");
        String batch = String.join("\n",
                "{\"body\": \"" + duplicate + "\"}",
                "{\"body\": 17}",
                "",
                "{\"body\": \"" + unique("The union said talks had failed.") + "\", \"title\": \"Talks fail\"}",
                "{\"body\": \"" + duplicate + "\"}",
                "not json");
        Reply reply = post(URI.create(articles() + "/batch"), "application/jsonl", batch.getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("submitted").asInt()).isEqualTo(3);
        assertThat(reply.body().get("rejected").asInt()).isEqualTo(2);
        var results = reply.body().get("results");
        assertThat(results.size()).isEqualTo(5);
        assertThat(results.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(results.get(0).get("status").asString()).isEqualTo("submitted");
        assertThat(results.get(1).get("status").asString()).isEqualTo("rejected");
        assertThat(results.get(1).get("problem").get("reason").asString()).isEqualTo("wrong-field-type");
        assertThat(results.get(2).get("line").asInt()).isEqualTo(4);
        assertThat(results.get(3).get("status").asString()).isEqualTo("submitted");
        assertThat(results.get(3).get("articleId").asString()).isEqualTo(results.get(0).get("articleId").asString());
        URI base = URI.create("http://localhost:" + port);
        List<String> outcomes = new java.util.ArrayList<>();
        for (int i : new int[] {0, 3}) {
            outcomes.add(IngestTestSupport.outcome(base, new Reply(202, "", results.get(i))).get("outcome").asString());
        }
        assertThat(outcomes).containsExactlyInAnyOrder("new", "duplicate");
        assertThat(results.get(4).get("problem").get("reason").asString()).isEqualTo("malformed-json");
        String talksId = results.get(2).get("articleId").asString();
        assertThat(eventOf(talksId, 1).getTitle()).isEqualTo("Talks fail");
    }

    static void assertProblem(Reply reply, int status, String reason) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("status").asInt()).isEqualTo(status);
        assertThat(reply.body().get("reason").asString()).isEqualTo(reason);
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:newsroom:problem:" + reason);
        assertThat(reply.body().get("title").asString()).isNotBlank();
        assertThat(reply.body().get("detail").asString()).isNotBlank();
    }

    double rejected(String reason) {
        var counter = meters.find("newsroom.ingest.rejected").tag("reason", reason).tag("source", "http").counter();
        return counter == null ? 0 : counter.count();
    }
}
