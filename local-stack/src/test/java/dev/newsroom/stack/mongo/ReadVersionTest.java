package dev.newsroom.stack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The H2 behaviour behind "Chunk N not found" at a restart, and what {@link ReadVersion} does about it. */
class ReadVersionTest {

    private static final int DOCUMENTS = 20_000;

    @TempDir
    Path dir;

    @Test
    void aLongReadOfAnOlderVersionLosesItsChunksOnceMoreThanFiveCommitsEmptiedThem() {
        try (MVStore store = openStore()) {
            MVMap<Integer, String> documents = filledMap(store);
            Iterator<Map.Entry<Integer, String>> reader = documents.entrySet().iterator();
            reader.next();
            rewriteAndCommitSeveralTimes(store, documents);
            assertThatThrownBy(() -> reader.forEachRemaining(entry -> { }))
                    .isInstanceOf(MVStoreException.class).hasMessageContaining("not found");
        }
    }

    @Test
    void aHeldVersionKeepsItsChunksUntilTheReaderIsDone() {
        try (MVStore store = openStore()) {
            MVMap<Integer, String> documents = filledMap(store);
            int read = ReadVersion.hold(store, () -> {
                Iterator<Map.Entry<Integer, String>> reader = documents.entrySet().iterator();
                reader.next();
                rewriteAndCommitSeveralTimes(store, documents);
                int count = 1;
                for (; reader.hasNext(); reader.next()) {
                    count++;
                }
                return count;
            });
            assertThat(read).isEqualTo(DOCUMENTS);
        }
    }

    /** Chunks may be dropped as soon as they are empty (retention 0), as they are by default once 45 s old. */
    private MVStore openStore() {
        MVStore store = new MVStore.Builder().fileName(dir.resolve("test.mv").toString()).autoCommitDisabled().open();
        store.setRetentionTime(0);
        return store;
    }

    private static MVMap<Integer, String> filledMap(MVStore store) {
        MVMap<Integer, String> documents = store.openMap("documents");
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.put(i, "first version of document " + i);
        }
        store.commit();
        return documents;
    }

    /** What the background writer does while a restart builds its indexes: rewrite pages, commit, again and again. */
    private static void rewriteAndCommitSeveralTimes(MVStore store, MVMap<Integer, String> documents) {
        for (int i = 0; i < DOCUMENTS; i++) {
            documents.put(i, "second version of document " + i);
        }
        store.commit();
        MVMap<Integer, Integer> other = store.openMap("other");
        for (int commit = 0; commit < 10; commit++) {
            other.put(commit, commit);
            store.commit();
        }
    }
}
