package dev.newsroom.stack.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(NewsroomStackExtension.class)
class NewsroomStackExtensionTest {

    @Test
    void injectsOneStackPerJvm(NewsroomStack first, NewsroomStack second) {
        assertThat(first).isSameAs(second).isSameAs(NewsroomStackExtension.stack());
        String requested = System.getenv(NewsroomStackExtension.MODE_VARIABLE);
        if (requested != null && !requested.isBlank()) {
            assertThat(first.mode().name()).isEqualToIgnoringCase(requested);
        }
    }

    @Test
    void brokerCarriesRecords(NewsroomStack stack) throws Exception {
        stack.createTopics("extension.test");
        stack.createTopics("extension.test"); // existing topics are fine
        try (var producer = new KafkaProducer<>(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("extension.test", "k", "v1")).get();
        }
        Map<String, Object> consumerConfig = Map.of("bootstrap.servers", stack.bootstrapServers(),
                "group.id", "extension-test", "auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("extension.test"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
        }
        assertThat(values).containsExactly("v1");
    }

    @Test
    void compactedTopicsAreCompacted(NewsroomStack stack) throws Exception {
        stack.createCompactedTopics("extension.compacted");
        stack.createTopic("extension.partitioned", 3);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "extension.compacted");
            Config config = admin.describeConfigs(Set.of(topic)).all().get().get(topic);
            assertThat(config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value()).isEqualTo("compact");
            assertThat(admin.describeTopics(Set.of("extension.partitioned")).allTopicNames().get()
                    .get("extension.partitioned").partitions()).hasSize(3);
        }
    }

    @Test
    void registryRegistersAndServesSchemas(NewsroomStack stack) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String schema = "{\\\"type\\\":\\\"record\\\",\\\"name\\\":\\\"Probe\\\",\\\"fields\\\":[]}";
        HttpResponse<String> registered = http.send(HttpRequest.newBuilder(
                        URI.create(stack.schemaRegistryUrl() + "/subjects/extension.test-value/versions"))
                .header("Content-Type", "application/vnd.schemaregistry.v1+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"schema\":\"" + schema + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).contains("\"id\"");

        HttpResponse<String> subjects = http.send(HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/subjects")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(subjects.body()).contains("extension.test-value");
    }

    @Test
    void mongoStoresDocuments(NewsroomStack stack) {
        assertThat(stack.mongoUri()).startsWith("mongodb://").endsWith("/");
        try (MongoClient client = MongoClients.create(stack.mongoUri())) {
            var collection = client.getDatabase("extension-test").getCollection("docs");
            collection.insertOne(new Document("_id", "d1").append("text", "stored"));
            assertThat(collection.find(new Document("_id", "d1")).first().getString("text")).isEqualTo("stored");
        }
    }

    @Test
    void anUnknownModeIsRefusedWithTheChoices() {
        assertThat(NewsroomStackExtension.chooseMode("Embedded")).isEqualTo(NewsroomStack.Mode.EMBEDDED);
        assertThat(NewsroomStackExtension.chooseMode("containers")).isEqualTo(NewsroomStack.Mode.CONTAINERS);
        assertThatThrownBy(() -> NewsroomStackExtension.chooseMode("docker"))
                .hasMessageContaining("'embedded' or 'containers'");
    }
}
