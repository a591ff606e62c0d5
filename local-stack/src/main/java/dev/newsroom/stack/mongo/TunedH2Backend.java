package dev.newsroom.stack.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend with its two hottest paths made cheap for Newsroom's views: unique-index keys are
 * compared as strings instead of being Java-serialised at every comparison ({@link KeyValueType}), and lookups of many
 * documents by id check membership with a set ({@link TunedH2Collection}). Documents are stored exactly as the stock
 * backend stores them; an H2 file written by the stock backend opens as is (its indexes are converted once).
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
