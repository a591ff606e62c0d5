package dev.newsroom.store.views;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import org.bson.Document;

/**
 * The view collections of one generation: statements, actors, disputes and articles; the small documents pages read
 * many of at once ({@code actorCards}: name, kind and side of each actor; {@code disputeIndex}: the pairs of sides that
 * are disputes); and the record of batches in progress ({@code batches}). Every generation has its own collections
 * ({@code statements_g3}, {@code actors_g3}, ...), so a rebuild can fill a fresh set while the live one serves.
 */
public record ViewCollections(
        int generation,
        MongoCollection<Document> statements,
        MongoCollection<Document> actors,
        MongoCollection<Document> disputes,
        MongoCollection<Document> articles,
        MongoCollection<Document> actorCards,
        MongoCollection<Document> disputeIndex,
        MongoCollection<Document> batches) {

    static final List<String> NAMES = List.of("statements", "actors", "disputes", "articles", "actorCards", "disputeIndex", "batches");

    static ViewCollections of(MongoDatabase db, int generation) {
        return new ViewCollections(generation,
                db.getCollection(name("statements", generation)),
                db.getCollection(name("actors", generation)),
                db.getCollection(name("disputes", generation)),
                db.getCollection(name("articles", generation)),
                db.getCollection(name("actorCards", generation)),
                db.getCollection(name("disputeIndex", generation)),
                db.getCollection(name("batches", generation)));
    }

    static String name(String view, int generation) {
        return view + "_g" + generation;
    }

    /**
     * Indexes for every query the projection and the API make. The most selective field comes first: the embedded
     * store keeps an index on the first field only, and uses the first index that applies.
     */
    void createIndexes() {
        var background = new IndexOptions();
        statements.createIndex(Indexes.ascending("speaker.id", "live", "when"), background);
        statements.createIndex(Indexes.ascending("targetIds", "live", "when"), background);
        statements.createIndex(Indexes.ascending("pairs", "live", "when"), background);
        statements.createIndex(Indexes.ascending("articleId", "live"), background);
        statements.createIndex(Indexes.ascending("type", "live", "when"), background);
        statements.createIndex(Indexes.ascending("live", "when"), background);
        actors.createIndex(Indexes.compoundIndex(Indexes.descending("statementCount"), Indexes.ascending("_id")), background);
        actors.createIndex(Indexes.compoundIndex(Indexes.ascending("side"), Indexes.descending("statementCount")), background);
        actors.createIndex(Indexes.compoundIndex(Indexes.ascending("kind"), Indexes.descending("statementCount")), background);
        disputes.createIndex(Indexes.compoundIndex(Indexes.ascending("conflictualCount"), Indexes.descending("statementCount")), background);
    }

    void drop() {
        statements.drop();
        actors.drop();
        disputes.drop();
        articles.drop();
        actorCards.drop();
        disputeIndex.drop();
        batches.drop();
    }
}
