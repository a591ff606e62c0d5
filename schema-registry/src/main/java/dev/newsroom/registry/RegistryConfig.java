package dev.newsroom.registry;

/**
 * Where the registry listens and where it keeps its schemas.
 *
 * @param kafkaBootstrapServers the Kafka cluster holding the schemas topic, e.g. {@code localhost:9092}
 * @param host                  the interface to listen on, e.g. {@code localhost} or {@code 0.0.0.0}
 * @param port                  the HTTP port; 0 picks a free one (see {@link SchemaRegistryServer#url()})
 * @param schemasTopic          the compacted topic the schemas are stored in, {@code _schemas} like Confluent's
 */
public record RegistryConfig(String kafkaBootstrapServers, String host, int port, String schemasTopic) {

    public static final String DEFAULT_TOPIC = "_schemas";

    public RegistryConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host is required, e.g. localhost or 0.0.0.0");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 (any free port) and 65535, got " + port);
        }
        if (schemasTopic == null || schemasTopic.isBlank()) {
            throw new IllegalArgumentException("schemasTopic is required; Confluent's default is " + DEFAULT_TOPIC);
        }
    }
}
