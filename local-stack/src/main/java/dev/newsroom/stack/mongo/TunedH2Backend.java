package dev.newsroom.stack.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its hottest paths made cheap for Newsroom's views: unique-index keys are
 * compared as strings instead of being Java-serialised at every comparison ({@link KeyValueType}), documents are
 * stored as BSON instead of Java-serialised ({@link BsonDocumentType}), lookups of many documents by id check
 * membership with a set, and no data size is kept ({@link TunedH2Collection}). An H2 file written by the stock
 * backend opens as is: its documents are read in either form, its indexes are converted once.
 */
public final class TunedH2Backend extends H2Backend {

    public TunedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new TunedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }
}
