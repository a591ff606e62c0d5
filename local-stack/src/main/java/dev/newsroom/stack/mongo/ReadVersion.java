package dev.newsroom.stack.mongo;

import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * Keeps the pages of the store version a reader sees until the reader is done. H2 keeps them for only
 * {@code versionsToKeep} (5) commits otherwise: a compaction that empties a chunk lets the chunk be dropped, and a
 * long read of an older version then fails with "Chunk N not found".
 */
final class ReadVersion {

    private ReadVersion() {
    }

    static <T> T hold(MVStore store, Supplier<T> read) {
        MVStore.TxCounter version = store.registerVersionUsage();
        try {
            return read.get();
        } finally {
            store.deregisterVersionUsage(version);
        }
    }
}
