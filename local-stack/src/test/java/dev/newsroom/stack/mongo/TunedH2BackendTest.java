package dev.newsroom.stack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TunedH2BackendTest {

    private static final Document EVERY_TYPE = new Document("_id", "every-type")
            .append("int", 7).append("long", 7_000_000_000L).append("double", -0.25).append("bool", true)
            .append("null", null).append("date", new java.util.Date(1_700_000_000_000L)).append("oid", new org.bson.types.ObjectId())
            .append("text", "Zürich – «quoted»").append("list", List.of(1, "two", new Document("three", 3)))
            .append("nested", new Document("a", new Document("b", List.of())).append("empty", new Document()));

    @TempDir
    Path dataDir;

    @Test
    void idLookupsAndUniquenessHoldAcrossARestart() {
        EmbeddedMongo.Config config = new EmbeddedMongo.Config(dataDir, "127.0.0.1", 0);
        try (EmbeddedMongo mongo = EmbeddedMongo.start(config); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> actors = actors(client);
            actors.insertMany(IntStream.range(0, 2_000).mapToObj(i -> new Document("_id", "actor-" + i).append("n", i)).toList());
            assertDuplicateRejected(actors, "actor-1999");
            assertLookups(actors);
            actors.insertOne(EVERY_TYPE);
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(config); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> actors = actors(client);
            assertThat(actors.countDocuments()).isEqualTo(2_001);
            assertThat(actors.find(Filters.eq("_id", "every-type")).first()).isEqualTo(EVERY_TYPE);
            assertDuplicateRejected(actors, "actor-0");
            assertLookups(actors);
            actors.deleteOne(Filters.eq("_id", "actor-5"));
            actors.insertOne(new Document("_id", "actor-5").append("n", -5));
            assertThat(actors.find(Filters.eq("_id", "actor-5")).first().getInteger("n")).isEqualTo(-5);
        }
    }

    @Test
    void secondaryIndexesAnswerEqualityQueriesAsAFullScanWouldAcrossChangesAndARestart() {
        EmbeddedMongo.Config config = new EmbeddedMongo.Config(dataDir, "127.0.0.1", 0);
        try (EmbeddedMongo mongo = EmbeddedMongo.start(config); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> statements = statements(client);
            statements.insertMany(IntStream.range(0, 300).mapToObj(TunedH2BackendTest::statement).toList());
            statements.createIndex(Indexes.ascending("speaker.id", "live", "when"));
            statements.createIndex(Indexes.ascending("targetIds", "live"));
            statements.insertMany(IntStream.range(300, 400).mapToObj(TunedH2BackendTest::statement).toList());
            statements.updateOne(Filters.eq("_id", "s7"), Updates.set("speaker.id", "actor-moved"));
            statements.updateOne(Filters.eq("_id", "s8"), Updates.set("live", false));
            statements.deleteOne(Filters.eq("_id", "s9"));
            assertEqualityQueriesMatchAScan(statements);
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(config); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> statements = statements(client);
            assertEqualityQueriesMatchAScan(statements);
            statements.replaceOne(Filters.eq("_id", "s10"), statement(10).append("speaker", new Document("id", "actor-moved")));
            assertThat(ids(statements, Filters.eq("speaker.id", "actor-moved"))).containsExactlyInAnyOrder("s7", "s10");
        }
    }

    private static Document statement(int i) {
        return new Document("_id", "s" + i).append("live", i % 5 != 0).append("when", i)
                .append("speaker", new Document("id", "actor-" + i % 7))
                .append("targetIds", i % 3 == 0 ? List.of() : List.of("actor-" + i % 4, "actor-" + (i % 4 + 1)));
    }

    /** Every equality query gives what a scan of all documents, filtered here, gives. */
    private static void assertEqualityQueriesMatchAScan(MongoCollection<Document> statements) {
        List<Document> all = statements.find().into(new ArrayList<>());
        List<String> actors = List.of("actor-0", "actor-3", "actor-4", "actor-6", "actor-moved", "actor-none");
        for (String actor : actors) {
            assertThat(ids(statements, Filters.eq("speaker.id", actor))).as(actor)
                    .containsExactlyInAnyOrderElementsOf(idsWhere(all, s -> actor.equals(s.get("speaker", Document.class).get("id"))));
            assertThat(ids(statements, Filters.and(Filters.eq("live", true), Filters.eq("targetIds", actor)))).as(actor)
                    .containsExactlyInAnyOrderElementsOf(idsWhere(all,
                            s -> s.getBoolean("live") && s.getList("targetIds", String.class).contains(actor)));
        }
        assertThat(ids(statements, Filters.in("speaker.id", List.of("actor-1", "actor-2"))))
                .containsExactlyInAnyOrderElementsOf(idsWhere(all,
                        s -> List.of("actor-1", "actor-2").contains(s.get("speaker", Document.class).getString("id"))));
        assertThat(ids(statements, Filters.gt("speaker.id", "actor-5")))
                .containsExactlyInAnyOrderElementsOf(idsWhere(all, s -> s.get("speaker", Document.class).getString("id").compareTo("actor-5") > 0));
    }

    private static List<String> ids(MongoCollection<Document> collection, org.bson.conversions.Bson filter) {
        return collection.find(filter).map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    private static List<String> idsWhere(List<Document> documents, java.util.function.Predicate<Document> condition) {
        return documents.stream().filter(condition).map(d -> d.getString("_id")).toList();
    }

    private static MongoCollection<Document> statements(MongoClient client) {
        return client.getDatabase("newsroom").getCollection("statements");
    }

    @Test
    void idsOfOtherTypesAreStillIndexedAndMatched() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(EmbeddedMongo.Config.inMemory());
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> mixed = client.getDatabase("newsroom").getCollection("mixed");
            mixed.insertMany(List.of(new Document("_id", 7), new Document("_id", "7"), new Document("_id", new Document("a", 1)),
                    new Document("_id", 7.5)));
            assertDuplicateRejected(mixed, 7);
            assertDuplicateRejected(mixed, new Document("a", 1));
            assertThat(mixed.find(Filters.eq("_id", 7)).into(new ArrayList<>())).extracting(d -> d.get("_id")).containsExactly(7);
            assertThat(mixed.find(Filters.in("_id", List.of(7, "7", 8))).into(new ArrayList<>()))
                    .extracting(d -> d.get("_id")).containsExactlyInAnyOrder(7, "7");
            assertThat(mixed.find(Filters.in("_id", List.of("7", "8"))).into(new ArrayList<>()))
                    .extracting(d -> d.get("_id")).containsExactly("7");
        }
    }

    @Test
    void aFileWrittenByTheStockBackendOpensWithItsIndexesConverted() {
        Path file = dataDir.resolve("mongo/newsroom.mv");
        file.getParent().toFile().mkdirs();
        MongoServer stock = new MongoServer(new H2Backend(new MVStore.Builder().fileName(file.toString()).open()));
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stock.bind().getPort())) {
            actors(client).insertMany(IntStream.range(0, 500).mapToObj(i -> new Document("_id", "actor-" + i)).toList());
        } finally {
            stock.shutdown();
        }

        try (EmbeddedMongo mongo = EmbeddedMongo.start(new EmbeddedMongo.Config(dataDir, "127.0.0.1", 0));
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> actors = actors(client);
            assertThat(actors.find(Filters.eq("_id", "actor-250")).first()).isNotNull();
            assertThat(actors.find(Filters.in("_id", List.of("actor-1", "actor-499", "actor-500"))).into(new ArrayList<>())).hasSize(2);
            assertDuplicateRejected(actors, "actor-42");
            actors.insertOne(new Document("_id", "actor-500"));
            assertThat(actors.countDocuments()).isEqualTo(501);
        }
    }

    private static void assertLookups(MongoCollection<Document> actors) {
        assertThat(actors.find(Filters.eq("_id", "actor-1234")).first().getInteger("n")).isEqualTo(1234);
        assertThat(actors.find(Filters.eq("_id", "actor-x")).first()).isNull();
        List<String> wanted = List.of("actor-3", "actor-30", "actor-300", "actor-missing", "actor-3");
        assertThat(actors.find(Filters.in("_id", wanted)).into(new ArrayList<>()))
                .extracting(d -> d.getString("_id")).containsExactlyInAnyOrder("actor-3", "actor-30", "actor-300");
        assertThat(actors.find(Filters.and(Filters.in("_id", wanted), Filters.gt("n", 10))).into(new ArrayList<>()))
                .extracting(d -> d.getString("_id")).containsExactlyInAnyOrder("actor-30", "actor-300");
    }

    private static void assertDuplicateRejected(MongoCollection<Document> collection, Object id) {
        assertThatThrownBy(() -> collection.insertOne(new Document("_id", id)))
                .isInstanceOfSatisfying(MongoWriteException.class,
                        e -> assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
    }

    private static MongoCollection<Document> actors(MongoClient client) {
        return client.getDatabase("newsroom").getCollection("actors");
    }
}
