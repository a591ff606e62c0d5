package dev.newsroom.store.views;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Knows which generation of view collections is live. A single {@code meta} document names it; every
 * query reads it once and uses that generation throughout, so switching generations after a rebuild
 * is one atomic document write.
 */
public class ViewStore {

    private static final String META = "meta";
    private static final String LIVE = "live-views";

    private final MongoDatabase db;
    private final MongoCollection<Document> meta;

    public ViewStore(MongoDatabase db) {
        this.db = db;
        this.meta = db.getCollection(META);
        initialise();
    }

    private void initialise() {
        try {
            meta.insertOne(new Document("_id", LIVE).append("generation", 1));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        live().createIndexes();
    }

    /** The generation every read and the live projection use now. */
    public ViewCollections live() {
        Document doc = meta.find(Filters.eq("_id", LIVE)).first();
        return ViewCollections.of(db, doc == null ? 1 : doc.getInteger("generation"));
    }

    /** A fresh, empty generation after every existing one, with its indexes. */
    public ViewCollections newGeneration() {
        int next = Math.max(live().generation(), highestExisting()) + 1;
        ViewCollections fresh = ViewCollections.of(db, next);
        fresh.drop();
        fresh.createIndexes();
        return fresh;
    }

    /** Makes {@code generation} live and drops every other generation. */
    public void switchTo(ViewCollections generation) {
        ViewCollections previous = live();
        meta.replaceOne(Filters.eq("_id", LIVE),
                new Document("_id", LIVE).append("generation", generation.generation()),
                new ReplaceOptions().upsert(true));
        if (previous.generation() != generation.generation()) {
            previous.drop();
        }
    }

    /** Drops a generation that never went live (an aborted rebuild). */
    public void discard(ViewCollections generation) {
        if (generation.generation() != live().generation()) {
            generation.drop();
        }
    }

    private int highestExisting() {
        var generations = new TreeSet<Integer>();
        for (String name : db.listCollectionNames()) {
            for (String view : ViewCollections.NAMES) {
                String prefix = view + "_g";
                if (name.startsWith(prefix)) {
                    try {
                        generations.add(Integer.parseInt(name.substring(prefix.length())));
                    } catch (NumberFormatException ignored) {
                        // not one of ours
                    }
                }
            }
        }
        return generations.isEmpty() ? 0 : generations.last();
    }
}
