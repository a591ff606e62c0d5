package dev.newsroom.store;

import dev.newsroom.events.RawArticle;
import java.nio.charset.StandardCharsets;
import dev.newsroom.serde.ConfluentAvroSerializer;
import dev.newsroom.serde.ConfluentSerdeConfig;
import dev.newsroom.stack.testing.NewsroomStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Topics of one test class on the shared stack: publishing events, reading the dead letters, awaiting the consumer.
 * The producers live as long as the test JVM, like the stack.
 */
public final class EventTopics {

    public final String statements;
    public final String articles;
    public final String deadLetters;
    /** extract-service's dead letters: articles that were not extracted. */
    public final String extractionFailures;
    private final NewsroomStack stack;
    private final KafkaProducer<String, SpecificRecord> avro;
    private final KafkaProducer<String, byte[]> bytes;
    private final ConfluentAvroSerializer<SpecificRecord> rawSerializer;

    public EventTopics(NewsroomStack stack, String prefix) {
        this.stack = stack;
        this.statements = prefix + ".statements";
        this.articles = prefix + ".articles.raw";
        this.deadLetters = prefix + ".statements.dlq";
        this.extractionFailures = prefix + ".extraction.dlq";
        stack.createTopic(statements, 3);
        stack.createTopic(extractionFailures, 3);
        stack.createTopic(articles, 3);
        stack.createTopics(deadLetters);
        Map<String, Object> config = Map.of("bootstrap.servers", stack.bootstrapServers(),
                ConfluentSerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl(), "enable.idempotence", true);
        avro = new KafkaProducer<>(config, new StringSerializer(), valueSerializer(config));
        bytes = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        rawSerializer = valueSerializer(config);
    }

    private static ConfluentAvroSerializer<SpecificRecord> valueSerializer(Map<String, Object> config) {
        var serializer = new ConfluentAvroSerializer<SpecificRecord>();
        serializer.configure(config, false);
        return serializer;
    }

    /** Publishes events keyed by their article id, as extract-service and ingest-service do. */
    public void publishStatements(List<dev.newsroom.events.StatementEvent> events) {
        events.forEach(e -> avro.send(new ProducerRecord<>(statements, e.getArticleId(), e)));
        avro.flush();
    }

    public void publishArticles(List<dev.newsroom.events.RawArticle> raw) {
        raw.forEach(a -> avro.send(new ProducerRecord<>(articles, a.getArticleId(), a)));
        avro.flush();
    }

    public void publishBytes(String topic, String key, byte[] value) throws ExecutionException, InterruptedException {
        bytes.send(new ProducerRecord<>(topic, key, value)).get();
    }

    /** Publishes a dead letter as extract-service writes one: the raw article's record plus the error headers. */
    public void publishExtractionFailure(RawArticle article, String reason, String message)
            throws ExecutionException, InterruptedException {
        byte[] value = rawSerializer.serialize(articles, article);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(extractionFailures, article.getArticleId(), value);
        record.headers().add("newsroom.error.reason", reason.getBytes(StandardCharsets.UTF_8));
        record.headers().add("newsroom.error.message", message.getBytes(StandardCharsets.UTF_8));
        bytes.send(record).get();
    }

    /** Waits until consumer group {@code group} has committed every record of the event topics. */
    public void awaitConsumed(String group) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> lag(group) == 0);
    }

    private long lag(String group) throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", stack.bootstrapServers()))) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(statements, articles, extractionFailures)) {
                for (int p = 0; p < 3; p++) {
                    partitions.add(new TopicPartition(topic, p));
                }
            }
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                    .all().get();
            Map<TopicPartition, OffsetAndMetadata> committed =
                    admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (TopicPartition tp : partitions) {
                OffsetAndMetadata offset = committed.get(tp);
                lag += ends.get(tp).offset() - (offset == null ? 0 : offset.offset());
            }
            return lag;
        }
    }

    /** Every record on the dead-letter topic so far. */
    public List<ConsumerRecord<byte[], byte[]>> readDeadLetters(int expected) {
        Map<String, Object> config = Map.of("bootstrap.servers", stack.bootstrapServers(), "auto.offset.reset", "earliest",
                "group.id", "dlq-reader-" + System.nanoTime());
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(deadLetters));
            long deadline = System.currentTimeMillis() + 30_000;
            while (found.size() < expected && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(found::add);
            }
        }
        return found;
    }
}
