package dev.newsroom.e2e.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import dev.newsroom.e2e.client.Article;
import dev.newsroom.e2e.client.NewsroomApi.Submission;
import dev.newsroom.e2e.support.ArticleFiles;
import dev.newsroom.e2e.support.Pipeline;
import dev.newsroom.e2e.support.RepositoryLayout;
import dev.newsroom.e2e.support.RevisionChecks;
import dev.newsroom.e2e.support.SharedPipeline;
import dev.newsroom.e2e.support.StoreViews;
import tools.jackson.databind.JsonNode;

/**
 * The whole pipeline on the project's own sample articles ({@code samples/}): ingest-, extract- and
 * store-service as separate processes on the embedded stack, articles in over HTTP, views checked
 * through the store's REST API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SamplesPipelineTest {

    private static final Duration SETTLE = Duration.ofMinutes(5);

    private Pipeline pipeline;
    private StoreViews views;
    private List<Path> samples;
    private List<Submission> submissions;

    @BeforeAll
    void startPipelineAndSubmitTheSamples() {
        Path root = RepositoryLayout.root();
        samples = ArticleFiles.in(root.resolve("samples"));
        assertThat(samples).as("article files in samples/").isNotEmpty();
        pipeline = SharedPipeline.get();
        views = new StoreViews(pipeline.api());
        submissions = pipeline.submitNewAndSettle(samples, SETTLE);
    }

    @Test
    @Order(1)
    void everyArticleIsStoredAndActorsAndStatementsAppear() {
        for (Submission submission : submissions) {
            assertThat(views.status("/api/articles/" + StoreViews.encode(submission.articleId())))
                    .as("article %s in the store", submission.articleId()).isEqualTo(200);
        }
        List<JsonNode> statements = views.all("/api/statements");
        assertThat(statements).as("statements extracted from the samples").isNotEmpty();
        List<JsonNode> actors = views.all("/api/actors");
        assertThat(actors).as("actors").isNotEmpty();
        for (JsonNode statement : statements) {
            String speaker = statement.path("speaker").path("id").asString();
            assertThat(views.get("/api/actors/" + StoreViews.encode(speaker)).path("statementCount").asLong())
                    .as("speaker %s of statement %s has an actor page counting it", speaker, statement.path("id"))
                    .isPositive();
        }
    }

    @Test
    @Order(2)
    void aDisputeShowsStatementsFromBothSidesInTimeOrder() {
        List<JsonNode> disputes = views.all("/api/disputes");
        assertThat(disputes).as("disputes found in the samples").isNotEmpty();
        boolean bothSides = false;
        for (JsonNode listed : disputes) {
            String id = listed.path("id").asString();
            JsonNode dispute = views.get("/api/disputes/" + StoreViews.encode(id));
            assertThat(id).matches("[A-Z0-9_-]+~[A-Z0-9_-]+");
            int sidesWithStatements = 0;
            for (JsonNode side : dispute.path("sides")) {
                List<String> times = new ArrayList<>();
                side.path("statements").forEach(s -> times.add(s.path("when").asString()));
                assertThat(times).as("statements of side %s in %s", side.path("side"), id).isSorted();
                if (side.path("statementCount").asInt() > 0) {
                    sidesWithStatements++;
                }
            }
            bothSides |= sidesWithStatements == 2;
        }
        assertThat(bothSides).as("some dispute has statements from both sides: %s", disputes).isTrue();
    }

    @Test
    @Order(3)
    void submittingTheSameArticlesAgainChangesNothing() {
        new RevisionChecks(pipeline).resubmittingChangesNothing(samples);
    }

    @Test
    @Order(4)
    void aNewVersionWithoutAParagraphRetractsExactlyThatParagraphsStatements() throws IOException {
        Path sample = samples.stream().filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        List<String> lines = Files.readAllLines(sample);
        String title = lines.get(0).strip();
        String body = String.join("\n", lines.subList(1, lines.size())).strip();
        Article article = new Article("https://samples.newsroom.test/revisions/" + sample.getFileName(), title, body, null, null);
        int retracted = new RevisionChecks(pipeline).removingAParagraphRetractsExactlyItsStatements(article);
        assertThat(retracted).isPositive();
    }
}
