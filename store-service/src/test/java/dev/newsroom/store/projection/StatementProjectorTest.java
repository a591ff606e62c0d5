package dev.newsroom.store.projection;

import static dev.newsroom.store.TestEvents.FishingDispute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.model.Filters;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.store.InProcessMongo;
import dev.newsroom.store.TestEvents;
import dev.newsroom.store.ViewDump;
import dev.newsroom.store.actors.ActorQueries;
import dev.newsroom.store.actors.ActorView;
import dev.newsroom.store.disputes.DisputeQueries;
import dev.newsroom.store.disputes.DisputeView;
import dev.newsroom.store.web.NotFoundException;
import dev.newsroom.store.views.ViewCollections;
import dev.newsroom.store.views.ViewStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatementProjectorTest {

    private InProcessMongo mongo;
    private ViewStore store;
    private final StatementProjector projector =
            new StatementProjector(new ActorView(10), new DisputeView(200), 1000);
    private final ArticleProjector articles = new ArticleProjector();

    @BeforeEach
    void start() {
        mongo = new InProcessMongo();
        store = new ViewStore(mongo.client().getDatabase("projector-test"));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private ViewCollections views() {
        return store.live();
    }

    /** The actor as the API presents it, or null when there is none. */
    private Document actor(String id) {
        try {
            return Document.parse(new tools.jackson.databind.json.JsonMapper().writeValueAsString(new ActorQueries(store).get(id)));
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Document dispute(String id) {
        try {
            return Document.parse(new tools.jackson.databind.json.JsonMapper().writeValueAsString(new DisputeQueries(store).get(id)));
        } catch (NotFoundException e) {
            return null;
        }
    }

    @Test
    void actorDocumentsCountStatementsByTypeWithRolesTargetsAndAliases() {
        projector.project(FishingDispute.events(), views());

        Document martin = actor("person:jean-martin");
        assertThat(martin.getString("name")).isEqualTo("Jean Martin");
        assertThat(martin.getString("side")).isEqualTo("FRA");
        assertThat(martin.getInteger("statementCount")).isEqualTo(2);
        assertThat(martin.get("countsByType", Document.class)).containsEntry("DEMAND", 1).containsEntry("INTENT", 1);
        assertThat(martin.getList("roles", Document.class)).singleElement().satisfies(role -> {
            assertThat(role.getString("role")).isEqualTo("fisheries minister");
            assertThat(role.getList("articles", String.class)).containsExactly("a1", "a2");
        });
        assertThat(martin.getList("targets", Document.class)).singleElement()
                .satisfies(t -> assertThat(t).containsEntry("id", "gov:DEU").containsEntry("count", 2));
        assertThat(martin.getList("recentStatements", Document.class)).extracting(d -> d.getString("id"))
                .containsExactly("s6", "s2");

        Document germany = actor("gov:DEU");
        assertThat(germany.getInteger("statementCount")).isEqualTo(1);
        assertThat(germany.getInteger("targetedCount")).isEqualTo(4);
        assertThat(germany.getList("targetedBy", Document.class)).extracting(d -> d.getString("id"))
                .containsExactly("person:jean-martin", "gov:FRA", "org:un");
        assertThat(actor("org:un").getString("kind")).isEqualTo("ORGANIZATION");
    }

    @Test
    void aDisputeTakesInEveryStatementBetweenItsSidesAcrossArticles() {
        projector.project(FishingDispute.events(), views());

        Document dispute = dispute("DEU~FRA");
        assertThat(dispute).isNotNull();
        assertThat(dispute.getList("articles", String.class)).containsExactly("a1", "a2");
        List<Document> sides = dispute.getList("sides", Document.class);
        assertThat(sides).extracting(s -> s.getString("side")).containsExactly("DEU", "FRA");
        assertThat(sides.get(0).getList("statements", Document.class)).extracting(s -> s.getString("id"))
                .containsExactly("s3", "s5");
        assertThat(sides.get(1).getList("statements", Document.class)).extracting(s -> s.getString("id"))
                .containsExactly("s1", "s2", "s6");
        assertThat(sides.get(1).get("countsByType", Document.class)).containsEntry("PROTEST", 1);
        assertThat(dispute.getList("timeline", Document.class)).extracting(d -> d.getString("day"))
                .containsExactly("2030-03-02", "2030-03-04");
        // the UN only appealed: no conflictual statement, no dispute with it
        assertThat(dispute("DEU~UN")).isNull();
        assertThat(dispute("FRA~UN")).isNull();
    }

    @Test
    void redeliveringEventsAnyNumberOfTimesInAnyBatchesLeavesTheViewsUnchanged() {
        projector.project(FishingDispute.events(), views());
        var once = ViewDump.of(views());

        List<StatementEvent> again = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            again.addAll(FishingDispute.events());
        }
        Collections.shuffle(again, new Random(7));
        for (int i = 0; i < again.size(); i += 4) {
            projector.project(again.subList(i, Math.min(again.size(), i + 4)), views());
        }
        assertThat(ViewDump.of(views())).isEqualTo(once);
    }

    @Test
    void aRetractedStatementLeavesEveryViewAndAStaleRedeliveryDoesNotBringItBack() {
        projector.project(FishingDispute.events(), views());
        projector.project(List.of(TestEvents.retracted("s5", "a2", 2)), views());

        assertThat(actor("person:anna-weber")).isNull();
        assertThat(actor("gov:FRA").getInteger("targetedCount")).isEqualTo(2);
        assertThat(actor("gov:FRA").get("countsByType", Document.class)).containsEntry("PROTEST", 1);
        Document deu = dispute("DEU~FRA").getList("sides", Document.class).get(0);
        assertThat(deu.getList("statements", Document.class)).extracting(s -> s.getString("id")).containsExactly("s3");
        Document article = views().articles().find(Filters.eq("_id", "a2")).first();
        assertThat(article.get("statementPositions", Document.class).keySet()).containsExactly("s6");

        var afterRetraction = ViewDump.of(views());
        projector.project(FishingDispute.events(), views());
        assertThat(ViewDump.of(views())).isEqualTo(afterRetraction);
    }

    @Test
    void aDisputeEndsWhenItsLastConflictualStatementIsRetracted() {
        projector.project(FishingDispute.events(), views());
        projector.project(List.of(
                TestEvents.retracted("s1", "a1", 2),
                TestEvents.retracted("s2", "a1", 2),
                TestEvents.retracted("s3", "a1", 2)), views());
        assertThat(dispute("DEU~FRA")).isNull();
        assertThat(actor("person:jean-martin").getInteger("statementCount")).isEqualTo(1);
    }

    @Test
    void aStatementKeptInANewArticleVersionReplacesTheOldOne() {
        projector.project(FishingDispute.events(), views());
        StatementEvent s6 = FishingDispute.events().get(5);
        StatementEvent v2 = FishingDispute.events().get(5);
        v2.setArticleVersion(2);
        v2.setEventId("s6@2");
        projector.project(List.of(v2), views());
        assertThat(views().statements().find(Filters.eq("_id", "s6")).first().getInteger("articleVersion")).isEqualTo(2);
        projector.project(List.of(s6), views());
        assertThat(views().statements().find(Filters.eq("_id", "s6")).first().getInteger("articleVersion")).isEqualTo(2);
    }

    @Test
    void articleMetadataAndStatementsMeetInOneDocumentWhicheverArrivesFirst() {
        projector.project(FishingDispute.events(), views());
        articles.project(FishingDispute.articles(), views());
        Document a1 = views().articles().find(Filters.eq("_id", "a1")).first();
        assertThat(a1.getString("title")).isEqualTo("Quota row erupts");
        assertThat(a1.getString("originalText")).isEqualTo(FishingDispute.A1_TEXT);
        assertThat(a1.get("statementPositions", Document.class)).hasSize(4);

        articles.project(List.of(TestEvents.article("a1", 0, "Older", "older text")), views());
        assertThat(views().articles().find(Filters.eq("_id", "a1")).first().getString("title")).isEqualTo("Quota row erupts");
    }

    @Test
    void documentsRecomputedFromTheirStatementsEqualTheIncrementallyBuiltOnes() {
        projector.project(FishingDispute.events(), views());
        var incremental = ViewDump.of(views());
        List<String> actors = views().actors().find().map(d -> d.getString("_id")).into(new ArrayList<>());
        List<String> disputes = views().disputes().find().map(d -> d.getString("_id")).into(new ArrayList<>());
        // what a batch cut short by a crash leaves behind: the next batch recomputes everything it names
        views().batches().insertOne(new Document("_id", "interrupted").append("actors", actors)
                .append("disputes", disputes).append("articles", List.of("a1", "a2")));
        views().actors().deleteMany(new Document());
        views().disputes().updateMany(new Document(), new Document("$set", new Document("statementCount", 99)));
        projector.project(List.of(), views());
        assertThat(ViewDump.of(views())).isEqualTo(incremental);
        assertThat(views().batches().countDocuments()).isZero();
    }

    @Test
    void documentsFoldedIntoWhatTheProjectorKeptEqualThoseReadBackFromMongo() {
        List<StatementEvent> events = new ArrayList<>(FishingDispute.events());
        events.add(TestEvents.retracted("s5", "a2", 2));
        events.addAll(FishingDispute.events());
        Collections.shuffle(events, new Random(11));
        var generations = new ArrayList<ViewCollections>();
        for (int capacity : List.of(0, 2, 1000)) {
            var projector = new StatementProjector(new ActorView(10), new DisputeView(200), capacity);
            ViewCollections views = new ViewStore(mongo.client().getDatabase("cache-" + capacity)).live();
            for (int i = 0; i < events.size(); i += 3) {
                projector.project(events.subList(i, Math.min(events.size(), i + 3)), views);
            }
            generations.add(views);
        }
        assertThat(ViewDump.of(generations.get(0)).get("actors")).isNotEmpty();
        assertThat(ViewDump.of(generations.get(1))).isEqualTo(ViewDump.of(generations.get(0)));
        assertThat(ViewDump.of(generations.get(2))).isEqualTo(ViewDump.of(generations.get(0)));
    }

    @Test
    void aGenerationNumberGivenAgainAfterAnAbandonedRebuildStartsFromNothing() {
        ViewCollections abandoned = store.newGeneration();
        projector.project(FishingDispute.events(), abandoned);
        store.discard(abandoned);
        ViewCollections again = store.newGeneration();
        assertThat(again.generation()).isEqualTo(abandoned.generation());

        projector.forget(again);
        projector.project(FishingDispute.events().subList(0, 3), again);
        ViewCollections reference = new ViewStore(mongo.client().getDatabase("reference")).live();
        new StatementProjector(new ActorView(10), new DisputeView(200), 0).project(FishingDispute.events().subList(0, 3), reference);
        assertThat(ViewDump.of(again)).isEqualTo(ViewDump.of(reference));
    }

    @Test
    void anExtractedEventWithoutAStatementIsRefusedAsInvalid() {
        StatementEvent broken = FishingDispute.events().get(0);
        broken.setStatement(null);
        assertThatThrownBy(() -> projector.project(List.of(broken), views()))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("carries no statement");
    }

}
