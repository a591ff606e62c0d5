package dev.newsroom.store.projection;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import dev.newsroom.serde.SchemaRegistryException;

/**
 * Tells a failure of the infrastructure (Mongo or the registry out of reach), which is retried until it heals,
 * from a failure of the event itself, which is dead-lettered so projection can go on.
 */
final class PoisonPolicy {

    private PoisonPolicy() {
    }

    static boolean isInfrastructure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof MongoSocketException || t instanceof MongoTimeoutException) {
                return true;
            }
            if (t instanceof SchemaRegistryException e && e.errorCode() != SchemaRegistryException.SCHEMA_NOT_FOUND) {
                return true;
            }
        }
        return false;
    }
}
