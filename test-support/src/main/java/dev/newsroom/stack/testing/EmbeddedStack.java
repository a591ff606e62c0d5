package dev.newsroom.stack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import dev.newsroom.registry.RegistryConfig;
import dev.newsroom.registry.SchemaRegistryServer;
import dev.newsroom.stack.kafka.EmbeddedKafka;
import dev.newsroom.stack.mongo.EmbeddedMongo;

/**
 * The embedded stack inside the test JVM: a KRaft broker on a temporary directory, the project's
 * schema registry keeping its schemas in that broker, and an in-memory Mongo-compatible server.
 */
final class EmbeddedStack implements NewsroomStack, AutoCloseable {

    private final Path dataDir;
    private final EmbeddedKafka kafka;
    private final SchemaRegistryServer registry;
    private final EmbeddedMongo mongo;

    private EmbeddedStack(Path dataDir, EmbeddedKafka kafka, SchemaRegistryServer registry, EmbeddedMongo mongo) {
        this.dataDir = dataDir;
        this.kafka = kafka;
        this.registry = registry;
        this.mongo = mongo;
    }

    static EmbeddedStack start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("newsroom-test-stack");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data directory for the test stack", e);
        }
        EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Config.ephemeral(dataDir));
        SchemaRegistryServer registry = SchemaRegistryServer.start(
                new RegistryConfig(kafka.bootstrapServers(), "127.0.0.1", 0, RegistryConfig.DEFAULT_TOPIC));
        EmbeddedMongo mongo = EmbeddedMongo.start(EmbeddedMongo.Config.inMemory());
        return new EmbeddedStack(dataDir, kafka, registry, mongo);
    }

    @Override
    public Mode mode() {
        return Mode.EMBEDDED;
    }

    @Override
    public String bootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return registry.url();
    }

    @Override
    public String mongoUri() {
        return mongo.connectionString();
    }

    @Override
    public void close() {
        registry.close();
        mongo.close();
        kafka.close();
        deleteRecursively(dataDir);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }
}
