package dev.newsroom.registry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A store that lives as long as the object: for tests, and for a registry whose schemas need not
 * survive a restart. The same instance handed to a new server replays what the previous one wrote.
 */
public final class InMemorySchemaStore implements SchemaStore {

    private final List<StoreRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void replay(Consumer<StoreRecord> apply) {
        records.forEach(apply);
    }

    @Override
    public void append(StoreRecord record) {
        records.add(record);
    }

    @Override
    public void close() {
        // nothing to release; the records stay available for a later replay
    }
}
