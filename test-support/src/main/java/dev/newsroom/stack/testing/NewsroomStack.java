package dev.newsroom.stack.testing;

/**
 * A running Kafka broker, schema registry and Mongo-compatible store for integration tests, reached
 * only through connection strings, so the same test body runs on the embedded stack and on
 * containers. Obtain it from {@link NewsroomStackExtension}.
 */
public interface NewsroomStack {

    enum Mode {
        /** The project's own embedded stack, in the test JVM: KRaft broker, registry, mongo-java-server. */
        EMBEDDED,
        /** Testcontainers: apache/kafka, confluentinc/cp-schema-registry, mongo. */
        CONTAINERS
    }

    Mode mode();

    /** {@code host:port} for {@code bootstrap.servers}. */
    String bootstrapServers();

    /** {@code http://host:port} of a Confluent-compatible schema registry. */
    String schemaRegistryUrl();

    /** {@code mongodb://host:port/}. */
    String mongoUri();

    /** Creates topics with one partition; topics that already exist are left as they are. */
    default void createTopics(String... names) {
        KafkaTopics.create(bootstrapServers(), 1, false, names);
    }

    /** Creates a topic with {@code partitions} partitions unless it exists. */
    default void createTopic(String name, int partitions) {
        KafkaTopics.create(bootstrapServers(), partitions, false, name);
    }

    /** Creates log-compacted topics with one partition unless they exist. */
    default void createCompactedTopics(String... names) {
        KafkaTopics.create(bootstrapServers(), 1, true, names);
    }
}
