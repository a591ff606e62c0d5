package dev.newsroom.extract.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.util.FileSystemUtils;
import org.springframework.util.unit.DataSize;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.TopicsProperties;
import dev.newsroom.extract.extraction.BudgetedExtractor;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.support.SharedExtractor;
import dev.newsroom.extractor.ExtractorSettings;
import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentAvroSerializer;
import dev.newsroom.stack.testing.NewsroomStack;

/**
 * One test's own topics (unique names) on the shared stack, real Kafka Streams instances of the extraction
 * topology over the real extractor (each with its own state directory), an article producer and readers of
 * what the instances committed. Closing stops every instance it started.
 */
final class ExtractFixture implements AutoCloseable {

    private final NewsroomStack stack;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final int partitions;
    private final Path stateDirs;
    final TopicsProperties topics;
    private final KafkaProducer<String, byte[]> producer;
    private final ConfluentAvroSerializer<RawArticle> articleSerializer = new ConfluentAvroSerializer<>();
    private final List<ExtractionStreams> instances = new ArrayList<>();

    ExtractFixture(NewsroomStack stack, int partitions) throws IOException {
        this.stack = stack;
        this.partitions = partitions;
        this.stateDirs = Files.createTempDirectory("extract-state-");
        this.topics = new TopicsProperties("news.articles.raw-" + suffix, "news.statements-" + suffix,
                "news.extraction.dlq-" + suffix);
        stack.createTopic(topics.articlesRaw(), partitions);
        stack.createTopic(topics.statements(), partitions);
        stack.createTopic(topics.extractionDlq(), partitions);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
        articleSerializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
    }

    /** The settings of an instance whose state lives in its own directory, named after the instance. */
    ExtractProperties properties(String instance) {
        return new ExtractProperties("extract-" + suffix, stateDirs.resolve(instance), 1, 10, Duration.ofSeconds(60), 100_000,
                partitions, (short) 1, DataSize.ofMegabytes(64));
    }

    /** Starts an instance as the application builds one, with extra Kafka Streams settings. */
    ExtractionStreams start(ExtractProperties properties, MeterRegistry registry, Clock clock,
            Map<String, String> streamsSettings) {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(stack.bootstrapServers()));
        kafka.getStreams().getProperties().put("consumer." + ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        kafka.getStreams().getProperties().putAll(streamsSettings);
        ExtractMetrics metrics = new ExtractMetrics(registry);
        ExtractionStreams instance = new ExtractionStreams(ExtractionTopology.build(topics, stack.schemaRegistryUrl(),
                BudgetedExtractor.create(SharedExtractor.get(), ExtractorSettings.defaults().maxChars(),
                        properties, metrics), metrics, clock),
                ExtractionStreamsConfig.of(kafka, properties));
        instance.start();
        instances.add(instance);
        return instance;
    }

    ExtractionStreams start(String instance, MeterRegistry registry) {
        return start(properties(instance), registry, Clock.systemUTC(), Map.of());
    }

    void send(RawArticle article) {
        sendBytes(null, article.getArticleId(), articleSerializer.serialize(topics.articlesRaw(), article));
    }

    void send(int partition, RawArticle article) {
        sendBytes(partition, article.getArticleId(), articleSerializer.serialize(topics.articlesRaw(), article));
    }

    void sendBytes(Integer partition, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.articlesRaw(), partition, key, value);
        record.headers().add("origin", "test".getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        }
        catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every statement event on the statements topic that a consumer with this isolation sees. */
    List<StatementEvent> statements(IsolationLevel isolation) {
        try (ConfluentAvroDeserializer<StatementEvent> deserializer = new ConfluentAvroDeserializer<>()) {
            deserializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl(), "specific.avro.reader", true), false);
            return records(topics.statements(), isolation).stream()
                    .map(r -> deserializer.deserialize(r.topic(), r.headers(), r.value()))
                    .toList();
        }
    }

    List<StatementEvent> committedStatements() {
        return statements(IsolationLevel.READ_COMMITTED);
    }

    /** Every record of a topic up to its end, as a consumer with this isolation sees it. */
    List<ConsumerRecord<byte[], byte[]>> records(String topic, IsolationLevel isolation) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation.toString());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> topicPartitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(topicPartitions);
            consumer.seekToBeginning(topicPartitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(topicPartitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (topicPartitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** True once the workers' group has committed offsets up to the end of the raw topic. */
    boolean allArticlesConsumed() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin
                    .listConsumerGroupOffsets("extract-" + suffix).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, partitions).boxed().collect(Collectors.toMap(
                    p -> new TopicPartition(topics.articlesRaw(), p), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                    || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue().offset());
        }
        catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting until " + what);
            }
            try {
                Thread.sleep(200);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    static Map<String, List<StatementEvent>> byArticle(List<StatementEvent> events) {
        return events.stream().collect(Collectors.groupingBy(StatementEvent::getArticleId));
    }

    @Override
    public void close() throws IOException {
        instances.forEach(ExtractionStreams::stop);
        producer.close();
        articleSerializer.close();
        FileSystemUtils.deleteRecursively(stateDirs);
    }
}
