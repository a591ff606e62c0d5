package dev.newsroom.stack.mongo;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The stock H2 collection, except that it does not track its data size, and except for queries of the form {@code {_id: {$in: [strings]}}}. The stock query path
 * finds their documents through the id index, then checks each one against the query again, comparing its id with
 * every listed id: a lookup of n ids costs n² comparisons. Here that check is one set lookup.
 */
final class TunedH2Collection extends H2Collection {

    private record IdsQuery(Document query, Set<String> ids) {
    }

    private final MVStore store;

    private volatile IdsQuery lastIdsQuery;

    TunedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                      MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.store = dataMap.getStore();
    }

    /** A query that scans the collection holds the version it scans ({@link ReadVersion}); its results are collected before it returns. */
    @Override
    protected QueryResult matchDocuments(Document query, Document orderBy, int numberToSkip, int numberToReturn, int batchSize,
                                         Document fieldSelector) {
        return ReadVersion.hold(store, () -> super.matchDocuments(query, orderBy, numberToSkip, numberToReturn, batchSize, fieldSelector));
    }

    /**
     * The data size {@code collStats} reports is not kept: keeping it BSON-encodes every document inserted, and both
     * the old and the new document of every update.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        Set<String> ids = queriedIds(query);
        if (ids == null) {
            return super.documentMatchesQuery(document, query);
        }
        return document.get("_id") instanceof String id && ids.contains(id);
    }

    /** The ids of a query that is exactly {@code {_id: {$in: [strings]}}}, or null for any other query. */
    private Set<String> queriedIds(Document query) {
        IdsQuery last = lastIdsQuery;
        if (last != null && last.query() == query) {
            return last.ids();
        }
        if (query.size() != 1 || !(query.get("_id") instanceof Document condition) || condition.size() != 1
                || !(condition.get("$in") instanceof Collection<?> values)) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (Object value : values) {
            if (!(value instanceof String id)) {
                return null;
            }
            ids.add(id);
        }
        lastIdsQuery = new IdsQuery(query, ids);
        return ids;
    }
}
