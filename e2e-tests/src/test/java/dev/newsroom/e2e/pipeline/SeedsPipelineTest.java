package dev.newsroom.e2e.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
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
 * The whole pipeline on the five real seed articles of {@code ../shared/seeds} (skipped when that
 * folder is absent). The names below are expectations about that data set, checked through the
 * store's REST API; nothing in the product knows them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedsPipelineTest {

    private static final Duration SETTLE = Duration.ofMinutes(5);
    private static final Set<String> CONFLICTUAL = Set.of("DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST");

    private Pipeline pipeline;
    private StoreViews views;
    private List<Path> seeds;
    private List<Submission> submissions;

    /** {@code ../shared/seeds} next to the repository, or under $NEWSROOM_SHARED when set. */
    static Path seedsFolder() {
        String shared = System.getenv("NEWSROOM_SHARED");
        Path base = shared != null && !shared.isBlank() ? Path.of(shared) : RepositoryLayout.root().resolveSibling("shared");
        return base.resolve("seeds");
    }

    @BeforeAll
    void startPipelineAndSubmitTheSeeds() {
        Path folder = seedsFolder();
        Assumptions.assumeTrue(Files.isDirectory(folder),
                "seed articles not found at " + folder + " (../shared is absent); the samples/ variant covers the pipeline");
        seeds = ArticleFiles.in(folder);
        pipeline = SharedPipeline.get();
        views = new StoreViews(pipeline.api());
        submissions = pipeline.submitNewAndSettle(seeds, SETTLE);
    }

    @Test
    @Order(1)
    void theAmbassadorIsOneActorWithHisRole() {
        JsonNode ambassador = onePerson("Viktorov");
        List<String> roles = new ArrayList<>();
        views.get("/api/actors/" + StoreViews.encode(ambassador.path("id").asString())).path("roles")
                .forEach(r -> roles.add(r.path("role").asString()));
        assertThat(roles).as("roles of %s", ambassador.path("name")).anyMatch(r -> r.toLowerCase().contains("ambassador to israel"));
    }

    @Test
    @Order(1)
    @Disabled("Issue 6's expectation is not borne out by the seed data: the gold annotations (seeds-gold.jsonl) give the "
            + "ambassador statements in one article only, spelling him 'Anatoly'; the article spelling him 'Anatolij' has "
            + "him only as the summoned addressee, the other 'Anatoly' article only in a photo caption. Passing would take "
            + "a false attribution")
    void theAmbassadorsStatementsComeFromArticlesSpellingHimEitherWay() {
        JsonNode ambassador = onePerson("Viktorov");
        String id = ambassador.path("id").asString();
        Set<String> articles = new TreeSet<>();
        views.all("/api/actors/" + StoreViews.encode(id) + "/statements").forEach(s -> articles.add(s.path("articleId").asString()));
        assertThat(articles).as("articles the ambassador's statements come from").hasSizeGreaterThan(1);
        for (String spelling : List.of("Anatolij Viktorov", "Anatoly Viktorov")) {
            assertThat(articles).as("statements of %s include an article spelling him '%s'", ambassador.path("name"), spelling)
                    .containsAnyElementsOf(articlesMentioning(spelling));
        }
    }

    @Test
    @Order(2)
    void theNamedOfficialsAppearWithTheirStatements() {
        for (String surname : List.of("Ben Zvi", "Halperin", "Peskov", "Putin")) {
            JsonNode person = onePerson(surname);
            assertThat(views.all("/api/actors/" + StoreViews.encode(person.path("id").asString()) + "/statements"))
                    .as("statements of %s", person.path("name")).isNotEmpty();
        }
    }

    @Test
    @Order(3)
    void theDisputeBetweenIsraelAndRussiaShowsBothSidesInTimeOrder() {
        JsonNode dispute = views.get("/api/disputes/ISR~RUS");
        String ambassador = onePerson("Viktorov").path("id").asString();
        List<String> sides = new ArrayList<>();
        for (JsonNode side : dispute.path("sides")) {
            String code = side.path("side").asString();
            sides.add(code);
            List<JsonNode> statements = new ArrayList<>();
            side.path("statements").forEach(statements::add);
            assertThat(statements).as("statements of %s in the dispute", code).isNotEmpty();
            assertThat(statements.stream().map(s -> s.path("when").asString()).toList()).as("time order of %s", code).isSorted();
            if (code.equals("ISR")) {
                assertThat(statements).as("Israel's protest").anyMatch(s -> CONFLICTUAL.contains(s.path("type").asString()));
            } else {
                assertThat(statements).as("the Russian ambassador's explanation")
                        .anyMatch(s -> s.path("speaker").path("id").asString().equals(ambassador));
            }
        }
        assertThat(sides).containsExactlyInAnyOrder("ISR", "RUS");
    }

    @Test
    @Order(4)
    void submittingTheSameArticlesAgainChangesNothing() {
        new RevisionChecks(pipeline).resubmittingChangesNothing(seeds);
    }

    @Test
    @Order(5)
    void aNewVersionWithoutAParagraphRetractsExactlyThatParagraphsStatements() throws IOException {
        List<String> lines = Files.readAllLines(seeds.get(0));
        Article article = new Article("https://seeds.newsroom.test/revisions/" + seeds.get(0).getFileName(),
                lines.get(0).strip(), String.join("\n", lines.subList(1, lines.size())).strip(), null, null);
        assertThat(new RevisionChecks(pipeline).removingAParagraphRetractsExactlyItsStatements(article)).isPositive();
    }

    /** Ids of the seed articles whose text contains {@code text}. */
    private Set<String> articlesMentioning(String text) {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            try {
                if (Files.readString(seeds.get(i)).contains(text)) {
                    ids.add(submissions.get(i).articleId());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(ids).as("seed articles containing '%s'", text).isNotEmpty();
        return ids;
    }

    private JsonNode onePerson(String name) {
        List<JsonNode> persons = views.all("/api/actors?kind=PERSON&q=" + StoreViews.encode(name));
        assertThat(persons).as("persons named '%s'", name).hasSize(1);
        return persons.get(0);
    }
}
