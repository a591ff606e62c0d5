package dev.newsroom.registry;

import java.util.function.Consumer;

/** The registry's durable log of {@link StoreRecord}s. */
public interface SchemaStore extends AutoCloseable {

    /** Feeds every stored record, oldest first, to {@code apply}; called once at start-up. */
    void replay(Consumer<StoreRecord> apply);

    /** Appends a record and returns once it is durably stored. */
    void append(StoreRecord record);

    @Override
    void close();
}
