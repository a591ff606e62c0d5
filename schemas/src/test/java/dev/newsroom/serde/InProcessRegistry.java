package dev.newsroom.serde;

import dev.newsroom.registry.InMemorySchemaStore;
import dev.newsroom.registry.RegistryConfig;
import dev.newsroom.registry.SchemaRegistryServer;

/** The project's registry on an in-memory store, started in this JVM on a free port. */
final class InProcessRegistry implements AutoCloseable {

    final InMemorySchemaStore store;
    final SchemaRegistryServer server;

    InProcessRegistry() {
        this(new InMemorySchemaStore());
    }

    /** A registry that starts from what {@code store} holds, like a restarted one. */
    InProcessRegistry(InMemorySchemaStore store) {
        this.store = store;
        server = SchemaRegistryServer.start(new RegistryConfig(null, "localhost", 0, "_schemas"), store);
    }

    String url() {
        return server.url();
    }

    @Override
    public void close() {
        server.close();
    }
}
