package dev.newsroom.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.newsroom.registry.RegistryConfig;
import dev.newsroom.registry.SchemaRegistryServer;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's Kafka-backed store against a real broker: a registry restarted on the same topic serves the
 * same ids. (It lives here because test-support, which gives the broker, depends on schema-registry.)
 */
@ExtendWith(NewsroomStackExtension.class)
class RegistryOnKafkaTest {

    static final Schema V1 = new Schema.Parser().parse(
            "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"a\",\"type\":\"int\"}]}");
    static final Schema V2 = new Schema.Parser().parse("""
            {"type":"record","name":"R","fields":[{"name":"a","type":"int"},
              {"name":"b","type":["null","string"],"default":null}]}""");
    static final Schema OTHER = new Schema.Parser().parse("\"string\"");

    @Test
    void restartKeepsIdsVersionsAndConfig(NewsroomStack stack) throws Exception {
        String topic = "_schemas-" + UUID.randomUUID();
        RegistryConfig config = new RegistryConfig(stack.bootstrapServers(), "localhost", 0, topic);
        int v1;
        int v2;
        int other;
        try (SchemaRegistryServer registry = SchemaRegistryServer.start(config)) {
            SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
            v1 = client.register("r-value", V1);
            v2 = client.register("r-value", V2);
            other = client.register("other-value", OTHER);
            new RegistryRest(registry.url()).send("PUT", "/config/r-value", "{\"compatibility\":\"FULL\"}");
            RegistryRest rest = new RegistryRest(registry.url());
            rest.send("DELETE", "/subjects/other-value", null);
            rest.send("DELETE", "/subjects/r-value/versions/2", null);
            rest.send("DELETE", "/subjects/r-value/versions/2?permanent=true", null);
            rest.send("PUT", "/mode/frozen-value", "{\"mode\":\"READONLY\"}");
        }

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            assertThat(admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()).hasSize(1);
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config topicConfig = admin.describeConfigs(List.of(resource)).all().get().get(resource);
            assertThat(topicConfig.get("cleanup.policy").value()).isEqualTo("compact");
        }

        try (SchemaRegistryServer restarted = SchemaRegistryServer.start(config)) {
            SchemaRegistryClient client = new SchemaRegistryClient(restarted.url());
            assertThat(client.schemaById(v1)).isEqualTo(V1);
            assertThat(client.schemaById(other)).isEqualTo(OTHER);
            assertThatThrownBy(() -> client.schemaById(v2)).as("permanently deleted").hasMessageContaining("40403");
            assertThat(client.register("r-value", V1)).isEqualTo(v1);
            assertThat(client.latestVersion("r-value").version()).isEqualTo(1);
            RegistryRest rest = new RegistryRest(restarted.url());
            assertThat(rest.send("GET", "/mode/frozen-value", null)).contains("READONLY");
            assertThat(rest.send("GET", "/config/r-value", null)).contains("FULL");
            assertThat(rest.send("GET", "/subjects", null)).isEqualTo("[\"r-value\"]");
            int fresh = client.register("new-value", new Schema.Parser().parse("\"long\""));
            assertThat(fresh).isNotIn(v1, other);
        }
    }

    @Test
    void refusesATopicThatWouldLoseSchemas(NewsroomStack stack) {
        String topic = "not-compacted-" + UUID.randomUUID();
        stack.createTopics(topic);
        assertThatThrownBy(() -> SchemaRegistryServer.start(
                new RegistryConfig(stack.bootstrapServers(), "localhost", 0, topic)))
                .hasMessageContaining("cleanup.policy=delete")
                .hasMessageContaining("must be compact");
    }
}
