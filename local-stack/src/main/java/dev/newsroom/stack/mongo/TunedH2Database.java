package dev.newsroom.stack.mongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database of {@link TunedH2Backend}, laid out in the H2 file as the stock backend lays it out (documents in
 * {@code databases.<db>.<collection>}, counters in {@code meta.<db>.<collection>}), except that documents are
 * written as BSON ({@link BsonDocumentType}) and unique indexes live in {@code <db>.<collection>._keys_<index>} with
 * {@link KeyValueType} keys. An index the stock backend wrote
 * ({@code ._index_<index>}, ordered differently) is copied into the new form when first opened, then removed.
 */
final class TunedH2Database extends AbstractSynchronizedMongoDatabase<Object> {

    private static final Logger log = LoggerFactory.getLogger(TunedH2Database.class);

    private static final String DOCUMENTS = "databases.";
    private static final String COUNTERS = "meta.";
    private static final String KEY_INDEX = "._keys_";
    private static final String STOCK_INDEX = "._index_";

    private final MVStore store;

    TunedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, cursorRegistry);
        this.store = store;
        initializeNamespacesAndIndexes();
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<KeyValue, Object> positions = store.openMap(namespace + KEY_INDEX + indexName,
                new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE));
        adoptStockIndex(namespace + STOCK_INDEX + indexName, positions);
        return new H2KeyIndex(positions, indexName, keys, sparse);
    }

    private void adoptStockIndex(String stockName, MVMap<KeyValue, Object> positions) {
        if (!store.hasMap(stockName)) {
            return;
        }
        MVMap<KeyValue, Object> stock = store.openMap(stockName);
        stock.forEach(positions::put);
        store.removeMap(stock);
        log.info("Converted index {} ({} keys) to string-ordered keys", stockName, positions.sizeAsLong());
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
        return new EqualityIndex(indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(getFullCollectionNamespace(collection.getCollectionName()) + KEY_INDEX + indexName);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = store.openMap(DOCUMENTS + namespace,
                new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
        MVMap<String, Object> counters = store.openMap(COUNTERS + namespace);
        return new TunedH2Collection(this, collectionName, options, documents, counters, cursorRegistry);
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        List<String> maps = store.getMapNames().stream()
                .filter(name -> name.startsWith(databaseName + ".") || name.startsWith(DOCUMENTS + databaseName + ".")
                        || name.startsWith(COUNTERS + databaseName + "."))
                .toList();
        maps.forEach(store::removeMap);
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String namespace = getFullCollectionNamespace(collectionName);
        store.removeMap(DOCUMENTS + namespace);
        store.removeMap(COUNTERS + namespace);
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String from = collection.getFullName();
        String to = getFullCollectionNamespace(newCollectionName);
        store.renameMap(store.openMap(DOCUMENTS + from), DOCUMENTS + to);
        store.renameMap(store.openMap(COUNTERS + from), COUNTERS + to);
    }

    @Override
    protected long getStorageSize() {
        FileStore<?> fileStore = store.getFileStore();
        return fileStore == null ? 0 : fileStore.size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }
}
