package dev.newsroom.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.newsroom.stack.mongo.EmbeddedMongo;

/** The embedded Mongo-compatible server of {@code ./newsroom up}, in memory, in this JVM: for tests of the projection alone. */
public final class InProcessMongo implements AutoCloseable {

    private final EmbeddedMongo server = EmbeddedMongo.start(EmbeddedMongo.Config.inMemory());
    private final String uri = server.connectionString();
    private final MongoClient client = MongoClients.create(uri);

    public String uri() {
        return uri;
    }

    public MongoClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
