package dev.newsroom.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.newsroom.e2e.client.Article;
import dev.newsroom.e2e.client.NewsroomApi.Submission;
import tools.jackson.databind.JsonNode;

/**
 * The two article-revision guarantees, checked through the public APIs of a running pipeline:
 * submitting the same article again changes no view; a new version without one paragraph retracts
 * exactly that paragraph's statements from every view and keeps the others' ids.
 */
public final class RevisionChecks {

    private static final Duration SETTLE = Duration.ofMinutes(3);

    private final Pipeline pipeline;
    private final StoreViews views;

    public RevisionChecks(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.views = new StoreViews(pipeline.api());
    }

    /** Resubmits {@code files} and checks ingest recognises each as known and every view stays equal. */
    public void resubmittingChangesNothing(List<java.nio.file.Path> files) {
        JsonNode before = views.snapshot();
        for (java.nio.file.Path file : files) {
            for (Submission again : ArticleFiles.submit(pipeline.api(), file)) {
                assertThat(again.outcome()).as("resubmitting %s: %s", file.getFileName(), again.decided()).isEqualTo("duplicate");
            }
        }
        pipeline.awaitSettled(SETTLE);
        assertThat(views.snapshot()).as("views after submitting the same articles again").isEqualTo(before);
    }

    /**
     * Submits {@code article} (which must carry a URL, so a changed text is a new version of the same
     * article), then the same article without the last paragraph that holds statements, and checks
     * the retraction in every view. Returns the number of statements retracted.
     */
    public int removingAParagraphRetractsExactlyItsStatements(Article article) {
        Submission first = pipeline.api().submit(article);
        assertThat(first.status()).as("first version: %s", first.body()).isEqualTo(202);
        pipeline.awaitSettled(SETTLE);
        String articleId = first.articleId();
        List<JsonNode> v1 = views.statementsOfArticle(articleId);
        assertThat(v1).as("statements of %s", article.url()).isNotEmpty();

        List<String> paragraphs = List.of(article.body().split("\\n\\s*\\n"));
        int removed = -1;
        for (int i = paragraphs.size() - 1; i > 0 && removed < 0; i--) {
            if (!inParagraph(v1, paragraphs.get(i)).isEmpty()) {
                removed = i;
            }
        }
        assertThat(removed).as("a paragraph after the first one holds a statement").isPositive();
        Set<String> expectedRetracted = ids(inParagraph(v1, paragraphs.get(removed)));
        Set<String> expectedKept = new LinkedHashSet<>(StoreViews.ids(v1));
        expectedKept.removeAll(expectedRetracted);
        Map<String, Long> speakerCountsBefore = statementCountsOfSpeakers(v1);
        List<String> remaining = new ArrayList<>(paragraphs);
        remaining.remove(removed);
        Article revised = new Article(article.url(), article.title(), String.join("\n\n", remaining),
                article.publishedAt(), article.outlet());

        Submission second = pipeline.api().submit(revised);
        assertThat(second.outcome()).as("second version: %s", second.decided()).isEqualTo("updated");
        assertThat(second.articleId()).isEqualTo(articleId);
        assertThat(second.version()).isEqualTo(first.version() + 1);
        pipeline.awaitSettled(SETTLE);

        List<JsonNode> v2 = views.statementsOfArticle(articleId);
        assertThat(StoreViews.ids(v2)).as("statements of the new version: the old ones minus the removed paragraph's")
                .containsExactlyInAnyOrderElementsOf(expectedKept);
        JsonNode everything = views.snapshot();
        String all = everything.toString();
        for (String id : expectedRetracted) {
            assertThat(all).as("retracted statement %s is gone from every view", id).doesNotContain("\"" + id + "\"");
        }
        Map<String, Long> retractedPerSpeaker = new HashMap<>();
        inParagraph(v1, paragraphs.get(removed))
                .forEach(s -> retractedPerSpeaker.merge(s.path("speaker").path("id").asString(), 1L, Long::sum));
        retractedPerSpeaker.forEach((speaker, retracted) -> {
            JsonNode actor = everything.path("actors").path(speaker).path("detail");
            long now = actor.isMissingNode() ? 0 : actor.path("statementCount").asLong();
            assertThat(now).as("statement count of %s after retracting %s of its statements", speaker, retracted)
                    .isEqualTo(speakerCountsBefore.get(speaker) - retracted);
        });
        return expectedRetracted.size();
    }

    private Map<String, Long> statementCountsOfSpeakers(List<JsonNode> statements) {
        Map<String, Long> counts = new HashMap<>();
        for (JsonNode statement : statements) {
            String speaker = statement.path("speaker").path("id").asString();
            counts.computeIfAbsent(speaker, id -> views.get("/api/actors/" + StoreViews.encode(id)).path("statementCount").asLong());
        }
        return counts;
    }

    private static List<JsonNode> inParagraph(List<JsonNode> statements, String paragraph) {
        String normalised = paragraph.replaceAll("\\s+", " ");
        return statements.stream()
                .filter(s -> normalised.contains(s.path("content").path("text").asString().replaceAll("\\s+", " ")))
                .toList();
    }

    private static Set<String> ids(List<JsonNode> statements) {
        return StoreViews.ids(statements);
    }
}
