package dev.newsroom.extract.pipeline;

import java.nio.charset.StandardCharsets;
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

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.SchemaRegistryProperties;
import dev.newsroom.extract.TopicsProperties;
import dev.newsroom.extract.extraction.BudgetedExtractor;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.support.SharedExtractor;
import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentAvroSerializer;
import dev.newsroom.stack.testing.NewsroomStack;

/**
 * One test's own topics (unique names) on the shared stack, real workers over the real extractor, an
 * article producer and readers of what the workers committed. Closing stops every worker it started.
 */
final class ExtractFixture implements AutoCloseable {

    private final NewsroomStack stack;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final int partitions;
    final TopicsProperties topics;
    final String stateTopic = "news.extract.state-" + suffix;
    private final KafkaProducer<String, byte[]> producer;
    private final ConfluentAvroSerializer<RawArticle> articleSerializer = new ConfluentAvroSerializer<>();
    private final List<ExtractionWorker> workers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final List<ExtractionWorkerFactory> factories = new ArrayList<>();

    ExtractFixture(NewsroomStack stack, int partitions) {
        this.stack = stack;
        this.partitions = partitions;
        this.topics = new TopicsProperties("news.articles.raw-" + suffix, "news.statements-" + suffix,
                "news.extraction.dlq-" + suffix);
        stack.createTopic(topics.articlesRaw(), partitions);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
        articleSerializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
    }

    ExtractProperties properties(String instanceId, Duration articleTimeout, int maxPollRecords) {
        return new ExtractProperties(instanceId, "extract-" + suffix, "extract-" + suffix, stateTopic, 1,
                maxPollRecords, articleTimeout, Duration.ofSeconds(30), partitions, (short) 1);
    }

    ExtractProperties properties(String instanceId) {
        return properties(instanceId, Duration.ofSeconds(60), 10);
    }

    /** A worker factory as the application builds one, with its topics created. */
    ExtractionWorkerFactory factory(ExtractProperties properties, MeterRegistry registry) {
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of(stack.bootstrapServers()));
        kafka.getConsumer().getProperties().put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, "10000");
        KafkaClients clients = new KafkaClients(kafka, properties, new SchemaRegistryProperties(stack.schemaRegistryUrl()));
        ExtractMetrics metrics = new ExtractMetrics(registry);
        ExtractionWorkerFactory factory = new ExtractionWorkerFactory(clients, properties, topics,
                new BudgetedExtractor(SharedExtractor.get(), properties.articleTimeout(), metrics), metrics);
        factory.ensureTopics();
        factories.add(factory);
        return factory;
    }

    /** Starts a worker and runs its loop on a thread until {@link #close()}. */
    ExtractionWorker run(ExtractionWorkerFactory factory) {
        ExtractionWorker worker = factory.startWorker(0);
        Thread thread = new Thread(worker, worker.name());
        thread.start();
        workers.add(worker);
        threads.add(thread);
        return worker;
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
    public void close() throws InterruptedException {
        workers.forEach(ExtractionWorker::stop);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
        factories.forEach(ExtractionWorkerFactory::close);
        producer.close();
        articleSerializer.close();
    }
}
