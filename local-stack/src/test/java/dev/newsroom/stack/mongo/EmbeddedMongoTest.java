package dev.newsroom.stack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import dev.newsroom.stack.process.StartFailure;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsSurviveARestartOnTheSameH2File() {
        EmbeddedMongo.Config config = new EmbeddedMongo.Config(dataDir, "127.0.0.1", 0);
        try (EmbeddedMongo mongo = EmbeddedMongo.start(config);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port() + "/");
            actors(client).insertOne(new Document("_id", "a1").append("name", "Ada"));
        }
        assertThat(dataDir.resolve("mongo/newsroom.mv")).isNotEmptyFile();

        try (EmbeddedMongo mongo = EmbeddedMongo.start(config);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            Document found = actors(client).find(new Document("_id", "a1")).first();
            assertThat(found).isNotNull();
            assertThat(found.getString("name")).isEqualTo("Ada");
        }
    }

    @Test
    void aStoreInUseOrUnreadableStopsTheStartWithWhatToDo() throws Exception {
        EmbeddedMongo.Config config = new EmbeddedMongo.Config(dataDir, "127.0.0.1", 0);
        try (EmbeddedMongo running = EmbeddedMongo.start(config)) {
            assertThatThrownBy(() -> EmbeddedMongo.start(config)).isInstanceOf(StartFailure.class)
                    .hasMessageContaining("is in use by another process");
        }
        Path other = dataDir.resolve("other");
        Files.createDirectories(other.resolve("mongo"));
        Files.write(other.resolve("mongo/newsroom.mv"), new byte[64 * 1024]);
        assertThatThrownBy(() -> EmbeddedMongo.start(new EmbeddedMongo.Config(other, "127.0.0.1", 0)))
                .isInstanceOf(StartFailure.class).hasMessageContaining("cannot be read")
                .hasMessageContaining("move it away to start with an empty store");
    }

    @Test
    void inMemoryStoreStartsEmptyEachTime() {
        try (EmbeddedMongo mongo = EmbeddedMongo.start(EmbeddedMongo.Config.inMemory());
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            actors(client).insertOne(new Document("_id", "a1"));
            assertThat(actors(client).countDocuments()).isEqualTo(1);
        }
        try (EmbeddedMongo mongo = EmbeddedMongo.start(EmbeddedMongo.Config.inMemory());
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(actors(client).countDocuments()).isZero();
        }
    }

    private static MongoCollection<Document> actors(MongoClient client) {
        return client.getDatabase("newsroom").getCollection("actors");
    }
}
