package dev.newsroom.stack.testing;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same stack on Docker: apache/kafka (KRaft), confluentinc/cp-schema-registry, mongo. */
final class ContainerStack implements NewsroomStack, AutoCloseable {

    static final String KAFKA_IMAGE = "apache/kafka:4.2.0";
    static final String REGISTRY_IMAGE = "confluentinc/cp-schema-registry:8.1.0";
    static final String MONGO_IMAGE = "mongo:8.0";
    private static final int REGISTRY_PORT = 8081;

    private final Network network;
    private final KafkaContainer kafka;
    private final GenericContainer<?> registry;
    private final MongoDBContainer mongo;

    private ContainerStack(Network network, KafkaContainer kafka, GenericContainer<?> registry, MongoDBContainer mongo) {
        this.network = network;
        this.kafka = kafka;
        this.registry = registry;
        this.mongo = mongo;
    }

    static ContainerStack start() {
        Network network = Network.newNetwork();
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withNetwork(network)
                .withNetworkAliases("kafka")
                .withListener("kafka:19092");
        GenericContainer<?> registry = new GenericContainer<>(REGISTRY_IMAGE)
                .withNetwork(network)
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + REGISTRY_PORT)
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://kafka:19092")
                .withExposedPorts(REGISTRY_PORT)
                .dependsOn(kafka)
                .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));
        MongoDBContainer mongo = new MongoDBContainer(MONGO_IMAGE);
        kafka.start();
        registry.start();
        mongo.start();
        return new ContainerStack(network, kafka, registry, mongo);
    }

    @Override
    public Mode mode() {
        return Mode.CONTAINERS;
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return "http://" + registry.getHost() + ":" + registry.getMappedPort(REGISTRY_PORT);
    }

    @Override
    public String mongoUri() {
        return mongo.getConnectionString() + "/";
    }

    @Override
    public void close() {
        mongo.stop();
        registry.stop();
        kafka.stop();
        network.close();
    }
}
