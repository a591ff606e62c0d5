package dev.newsroom.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.test.context.DynamicPropertyRegistry;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsroom.events.RawArticle;
import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/** Helpers of the ingest integration tests: per-class topics, HTTP calls, reading topics back. */
public final class IngestTestSupport {

    public static final String TOKEN = "test-token-" + UUID.randomUUID();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IngestTestSupport() {
    }

    /** Topic names of one test class, so classes running in one JVM do not see each other's records. */
    public record Topics(String inbound, String raw, String rejected, String intake, String articleClaims,
                         String claimChanges, String applicationId) {

        public static Topics forClass(Class<?> testClass) {
            String name = testClass.getSimpleName().toLowerCase();
            String suffix = "." + name;
            return new Topics("news.articles.inbound" + suffix, "news.articles.raw" + suffix, "news.articles.rejected" + suffix,
                    "news.ingest.intake" + suffix, "news.ingest.article-claims" + suffix, "news.ingest.claim-changes" + suffix,
                    "newsroom-ingest-identity-" + name);
        }

        /** Command-line properties naming these topics, this class's application id, and {@code stateDir}. */
        public List<String> arguments(java.nio.file.Path stateDir) {
            return List.of("--newsroom.topics.articles-inbound=" + inbound, "--newsroom.topics.articles-raw=" + raw,
                    "--newsroom.topics.articles-rejected=" + rejected, "--newsroom.topics.articles-intake=" + intake,
                    "--newsroom.topics.article-claims=" + articleClaims, "--newsroom.topics.claim-changes=" + claimChanges,
                    "--newsroom.ingest.application-id=" + applicationId, "--newsroom.ingest.state-dir=" + stateDir);
        }
    }

    public static void register(DynamicPropertyRegistry registry, Topics topics) {
        NewsroomStack stack = NewsroomStackExtension.stack();
        registry.add("spring.kafka.bootstrap-servers", stack::bootstrapServers);
        registry.add("newsroom.schema-registry.url", stack::schemaRegistryUrl);
        registry.add("newsroom.ingest.token", () -> TOKEN);
        registry.add("newsroom.ingest.partitions", () -> "2");
        registry.add("newsroom.topics.articles-inbound", topics::inbound);
        registry.add("newsroom.topics.articles-raw", topics::raw);
        registry.add("newsroom.topics.articles-rejected", topics::rejected);
        registry.add("newsroom.topics.articles-intake", topics::intake);
        registry.add("newsroom.topics.article-claims", topics::articleClaims);
        registry.add("newsroom.topics.claim-changes", topics::claimChanges);
        registry.add("newsroom.ingest.application-id", topics::applicationId);
        registry.add("newsroom.ingest.state-dir", () -> stateDir(topics.applicationId()));
        registry.add("management.server.port", () -> "0");
        registry.add("logging.level.kafka", () -> "WARN");
        registry.add("logging.level.org.apache.kafka", () -> "WARN");
    }

    /** A fresh state directory for one service instance. */
    public static java.nio.file.Path stateDir(String name) {
        try {
            return java.nio.file.Files.createTempDirectory("ingest-state-" + name);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public record Reply(int status, String contentType, JsonNode body) {
    }

    /**
     * Follows a 202 answer's status URL on the service at {@code base} until the outcome is decided (30 s at most):
     * {@code outcome} new, updated or duplicate, {@code version}, {@code duplicateOf}.
     */
    public static JsonNode outcome(URI base, Reply reply) throws Exception {
        if (reply.status() != 202) {
            throw new AssertionError("expected 202, got " + reply.status() + ": " + reply.body());
        }
        URI status = base.resolve(reply.body().get("statusUrl").asString());
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(status).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonNode body = JSON.readTree(response.body());
                if (!body.get("outcome").asString().equals("pending")) {
                    return body;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no outcome at " + status + " within 30 s");
    }

    public static Reply post(URI uri, String contentType, byte[] body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body().isBlank() ? null : JSON.readTree(response.body()));
    }

    static String get(URI uri) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Reads the topic from the beginning until {@code done} holds for what was read (or 30 s pass). */
    public static <V> List<ConsumerRecord<String, V>> readUntil(String topic, Deserializer<V> values,
                                                         Predicate<List<ConsumerRecord<String, V>>> done) {
        List<ConsumerRecord<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", NewsroomStackExtension.stack().bootstrapServers(),
                "max.partition.fetch.bytes", 16 * 1024 * 1024), new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.currentTimeMillis() + 30_000;
            while (!done.test(records) && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    /** Raw article events, decoded with the project's Confluent-compatible Avro deserializer. */
    public static List<RawArticle> rawEvents(String topic, Predicate<List<RawArticle>> done) {
        ConfluentAvroDeserializer<RawArticle> values = new ConfluentAvroDeserializer<>();
        values.configure(Map.of("schema.registry.url", NewsroomStackExtension.stack().schemaRegistryUrl(),
                "specific.avro.reader", true), false);
        return readUntil(topic, values, records -> done.test(records.stream().map(ConsumerRecord::value).toList()))
                .stream().map(ConsumerRecord::value).toList();
    }
}
