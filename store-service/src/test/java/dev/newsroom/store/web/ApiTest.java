package dev.newsroom.store.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.store.StackProperties;
import dev.newsroom.store.TestEvents.FishingDispute;
import dev.newsroom.store.projection.ArticleProjector;
import dev.newsroom.store.projection.StatementProjector;
import dev.newsroom.store.views.ViewStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every endpoint over views projected from the test dataset, including bad parameters and operator injection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.server.port=0", "newsroom.mongo.database=api-test", "newsroom.store.max-page-size=50",
        "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN"})
class ApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        statements.project(FishingDispute.events(), viewStore.live());
        articles.project(FishingDispute.articles(), viewStore.live());
    }

    record Response(int status, String contentType, JsonNode body) {
    }

    private Response get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                JSON.readTree(response.body()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertProblem(Response response, int status, String parameter) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        assertThat(response.body().get("detail").asString()).isNotBlank();
        if (parameter != null) {
            assertThat(response.body().get("parameter").asString()).isEqualTo(parameter);
        }
    }

    @Test
    void actorsAreSearchedByNameOrAliasAndFilteredBySideAndKind() throws Exception {
        Response all = get("/api/actors");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().get("total").asInt()).isEqualTo(5);
        assertThat(all.body().get("items").get(0).get("id").asString()).isEqualTo("person:jean-martin");

        Response search = get("/api/actors?q=" + encode("weBer"));
        assertThat(search.body().get("items")).singleElement()
                .satisfies(a -> assertThat(a.get("id").asString()).isEqualTo("person:anna-weber"));
        Response french = get("/api/actors?side=FRA&kind=PERSON");
        assertThat(french.body().get("items")).singleElement()
                .satisfies(a -> assertThat(a.get("id").asString()).isEqualTo("person:jean-martin"));
        Response paged = get("/api/actors?page=2&size=2");
        assertThat(paged.body().get("items")).hasSize(2);
        assertThat(paged.body().get("page").asInt()).isEqualTo(2);
    }

    @Test
    void queryOperatorsInParametersAreJustText() throws Exception {
        Response injected = get("/api/actors?q=" + encode("{\"$gt\": \"\"}"));
        assertThat(injected.status()).isEqualTo(200);
        assertThat(injected.body().get("items")).isEmpty();
        Response regex = get("/api/actors?q=" + encode(".*"));
        assertThat(regex.body().get("items")).isEmpty();
        assertProblem(get("/api/statements?actor=" + encode("{\"$ne\": null}")), 400, "actor");
        assertProblem(get("/api/actors/" + encode("$where")), 400, "id");
    }

    @Test
    void anActorShowsNamesRolesDisputesAndStatements() throws Exception {
        Response martin = get("/api/actors/person:jean-martin");
        assertThat(martin.status()).isEqualTo(200);
        assertThat(martin.body().get("roles").get(0).get("role").asString()).isEqualTo("fisheries minister");
        assertThat(martin.body().get("disputes").get(0).get("id").asString()).isEqualTo("DEU~FRA");
        Response said = get("/api/actors/person:jean-martin/statements");
        assertThat(said.body().get("items")).extracting(s -> s.get("id").asString()).containsExactly("s6", "s2");
        assertThat(said.body().get("items").get(0).get("disputes").get(0).asString()).isEqualTo("DEU~FRA");
        Response demands = get("/api/actors/person:jean-martin/statements?type=demand");
        assertThat(demands.body().get("items")).extracting(s -> s.get("id").asString()).containsExactly("s2");
        Response second = get("/api/actors/person:jean-martin/statements?size=1&page=2");
        assertThat(second.body().get("items")).extracting(s -> s.get("id").asString()).containsExactly("s2");
        assertThat(second.body().get("total").asInt()).isEqualTo(2);
        Response firstDemand = get("/api/actors/person:jean-martin/statements?type=DEMAND&size=1");
        assertThat(firstDemand.body().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void disputesListAndShowBothSides() throws Exception {
        Response list = get("/api/disputes");
        assertThat(list.body().get("items")).extracting(d -> d.get("id").asString()).containsExactly("DEU~FRA");
        Response dispute = get("/api/disputes/DEU~FRA");
        assertThat(dispute.body().get("sides")).extracting(s -> s.get("side").asString()).containsExactly("DEU", "FRA");
        assertThat(dispute.body().get("timeline")).hasSize(2);
    }

    @Test
    void statementsFilterOnEveryCriterion() throws Exception {
        assertThat(ids(get("/api/statements?dispute=DEU~FRA"))).containsExactlyInAnyOrder("s1", "s2", "s3", "s5", "s6");
        assertThat(ids(get("/api/statements?target=gov:FRA"))).containsExactlyInAnyOrder("s3", "s4", "s5");
        assertThat(ids(get("/api/statements?actor=gov:FRA"))).containsExactly("s1");
        assertThat(ids(get("/api/statements?type=REJECT"))).containsExactly("s3");
        assertThat(ids(get("/api/statements?article=a2"))).containsExactlyInAnyOrder("s5", "s6");
        assertThat(ids(get("/api/statements?from=2030-03-03&to=2030-03-04"))).containsExactlyInAnyOrder("s5", "s6");
        assertThat(ids(get("/api/statements?to=2030-03-02"))).hasSize(4);
        assertThat(ids(get("/api/statements?dispute=FRA~UN"))).isEmpty();
        Response paged = get("/api/statements?size=2&page=3");
        assertThat(ids(paged)).hasSize(2);
        assertThat(paged.body().get("total").asInt()).isEqualTo(6);
    }

    @Test
    void anArticleCarriesItsOriginalTextAndEveryEvidenceSpan() throws Exception {
        Response article = get("/api/articles/a1");
        assertThat(article.body().get("title").asString()).isEqualTo("Quota row erupts");
        String text = article.body().get("originalText").asString();
        assertThat(article.body().get("statements")).hasSize(4).allSatisfy(s -> {
            JsonNode content = s.get("content");
            assertThat(text.substring(content.get("start").asInt(), content.get("end").asInt()))
                    .isEqualTo(content.get("text").asString());
        });
    }

    @Test
    void unknownIdsAreNotFoundProblems() throws Exception {
        assertProblem(get("/api/actors/person:nobody"), 404, null);
        assertProblem(get("/api/actors/person:nobody/statements"), 404, null);
        assertProblem(get("/api/disputes/AAA~BBB"), 404, null);
        assertProblem(get("/api/articles/missing"), 404, null);
    }

    @Test
    void invalidParametersAreBadRequestProblemsNamingTheParameter() throws Exception {
        assertProblem(get("/api/actors?page=0"), 400, "page");
        assertProblem(get("/api/actors?page=abc"), 400, "page");
        assertProblem(get("/api/actors?size=51"), 400, "size");
        assertProblem(get("/api/actors?kind=ALIEN"), 400, "kind");
        assertProblem(get("/api/actors?side=" + encode("IS R")), 400, "side");
        assertProblem(get("/api/actors?q=" + "x".repeat(201)), 400, "q");
        assertProblem(get("/api/statements?type=SHOUT"), 400, "type");
        assertProblem(get("/api/statements?from=yesterday"), 400, "from");
        assertProblem(get("/api/statements?from=2030-03-05&to=2030-03-01"), 400, "to");
        assertProblem(get("/api/disputes?size=-1"), 400, "size");
    }

    @Test
    void anOverlongQueryStringIsAProblemNotTomcatsHtmlPage() throws Exception {
        Response huge = get("/api/actors?q=" + "x".repeat(20_000));
        assertProblem(huge, 400, null);
        assertThat(huge.body().get("detail").asString()).contains("shorter query string");
    }

    @Test
    void aPageNumberOutOfRangeSaysTheRange() throws Exception {
        Response response = get("/api/actors?page=9999999999999");
        assertProblem(response, 400, "page");
        assertThat(response.body().get("detail").asString()).contains("from 1 to 1000000").doesNotContain("whole number");
        assertThat(get("/api/actors?page=1.5").body().get("detail").asString()).contains("whole number from 1 to 1000000");
    }

    @Test
    void unknownQueryParametersAreRefusedNamingTheAcceptedOnes() throws Exception {
        Response injected = get("/api/statements?" + encode("actor[$ne]") + "=x");
        assertProblem(injected, 400, "actor[$ne]");
        assertThat(injected.body().get("detail").asString())
                .contains("actor, target, dispute, type, from, to, article, page, size");
        assertProblem(get("/api/actors?pgae=2"), 400, "pgae");
        assertProblem(get("/api/disputes/DEU~FRA?side=FRA"), 400, "side");
        assertThat(get("/api/actors?q=weber&page=1").status()).isEqualTo(200);
    }

    @Test
    void sideCodesHaveNamesFromTheKnowledgeBase() throws Exception {
        Response sides = get("/api/sides");
        assertThat(sides.status()).isEqualTo(200);
        assertThat(sides.body().valueStream().filter(s -> s.get("code").asString().equals("MCO")))
                .singleElement().satisfies(s -> {
                    assertThat(s.get("name").asString()).isEqualTo("Monaco");
                    assertThat(s.get("kind").asString()).isEqualTo("state");
                });
        assertThat(sides.body().valueStream().filter(s -> s.get("code").asString().equals("UN")))
                .singleElement().satisfies(s -> assertThat(s.get("name").asString()).isEqualTo("United Nations"));
    }

    @Test
    void disputesAndActorsListTheArticlesThatAreTheirEvidence() throws Exception {
        JsonNode dispute = get("/api/disputes/DEU~FRA").body();
        assertThat(dispute.get("evidence")).extracting(e -> e.get("articleId").asString() + " " + e.get("title").asString()
                + " " + e.get("statementCount").asInt()).containsExactly("a1 Quota row erupts 3", "a2 Talks go on 2");
        JsonNode martin = get("/api/actors/person:jean-martin").body();
        assertThat(martin.get("evidence")).extracting(e -> e.get("articleId").asString()).containsExactly("a1", "a2");
    }

    @Test
    void theOpenApiDescriptionIsServed() throws Exception {
        Response docs = get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("info").get("title").asString()).isEqualTo("Newsroom store API");
        assertThat(docs.body().get("info").get("description").asString()).contains("problem JSON");
        JsonNode paths = docs.body().get("paths");
        assertThat(paths.propertyNames()).contains("/api/actors", "/api/actors/{id}", "/api/actors/{id}/statements",
                "/api/disputes", "/api/disputes/{id}", "/api/statements", "/api/articles/{id}", "/api/sides",
                "/api/admin/rebuild-views");
        paths.forEach(item -> item.forEach(operation -> {
            assertThat(operation.get("summary")).as("summary of %s", operation).isNotNull();
            assertThat(operation.get("description")).as("description of %s", operation).isNotNull();
            assertThat(operation.get("responses").propertyNames()).contains("200", "400");
            operation.path("parameters").forEach(parameter -> assertThat(parameter.get("description"))
                    .as("description of parameter %s", parameter.get("name")).isNotNull());
        }));
        assertThat(paths.get("/api/actors/{id}").get("get").get("responses").has("404")).isTrue();
    }

    private static java.util.List<String> ids(Response response) {
        assertThat(response.status()).isEqualTo(200);
        return response.body().get("items").valueStream().map(s -> s.get("id").asString()).toList();
    }
}
