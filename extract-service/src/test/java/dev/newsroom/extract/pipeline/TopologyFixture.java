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

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
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
 * The extraction topology in a {@link TopologyTestDriver} (no broker) with the real extractor and the stack's
 * schema registry: records in, statement events and dead letters out, synchronously.
 */
final class TopologyFixture implements AutoCloseable {

    final TopicsProperties topics = new TopicsProperties("raw", "statements", "dlq");
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final Path stateDir;
    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> raw;
    private final TestOutputTopic<byte[], byte[]> statementRecords;
    private final TestOutputTopic<byte[], byte[]> deadLetterRecords;
    private final ConfluentAvroSerializer<RawArticle> articleSerializer = new ConfluentAvroSerializer<>();
    private final ConfluentAvroDeserializer<StatementEvent> eventDeserializer = new ConfluentAvroDeserializer<>();
    private final List<StatementEvent> statements = new ArrayList<>();
    private final List<TestRecord<byte[], byte[]>> deadLetters = new ArrayList<>();

    TopologyFixture(NewsroomStack stack, Duration articleTimeout) throws IOException {
        stateDir = Files.createTempDirectory("extract-topology-");
        ExtractProperties properties = new ExtractProperties("extract-topology", stateDir, 1, 10, articleTimeout, 100_000, 1,
                (short) 1, DataSize.ofMegabytes(64));
        KafkaProperties kafka = new KafkaProperties();
        kafka.setBootstrapServers(List.of("unused:9092"));
        ExtractMetrics metrics = new ExtractMetrics(meters);
        driver = new TopologyTestDriver(ExtractionTopology.build(topics, stack.schemaRegistryUrl(),
                BudgetedExtractor.create(SharedExtractor.get(), ExtractorSettings.defaults().maxChars(),
                        properties, metrics), metrics, Clock.systemUTC()),
                ExtractionStreamsConfig.of(kafka, properties));
        raw = driver.createInputTopic(topics.articlesRaw(), new StringSerializer(), new ByteArraySerializer());
        statementRecords = driver.createOutputTopic(topics.statements(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        deadLetterRecords = driver.createOutputTopic(topics.extractionDlq(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        articleSerializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl()), false);
        eventDeserializer.configure(Map.of("schema.registry.url", stack.schemaRegistryUrl(), "specific.avro.reader", true),
                false);
    }

    TopologyFixture(NewsroomStack stack) throws IOException {
        this(stack, Duration.ofSeconds(60));
    }

    void send(RawArticle article) {
        sendBytes(article.getArticleId(), articleSerializer.serialize(topics.articlesRaw(), article));
    }

    void sendBytes(String key, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("origin", "test".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>(key, value, headers));
    }

    /** Every statement event emitted so far. */
    List<StatementEvent> statements() {
        statementRecords.readRecordsToList().forEach(r -> statements.add(eventDeserializer.deserialize(
                topics.statements(), r.headers(), r.value())));
        return List.copyOf(statements);
    }

    /** Every dead letter written so far. */
    List<TestRecord<byte[], byte[]>> deadLetters() {
        deadLetters.addAll(deadLetterRecords.readRecordsToList());
        return List.copyOf(deadLetters);
    }

    @Override
    public void close() throws IOException {
        driver.close();
        articleSerializer.close();
        eventDeserializer.close();
        FileSystemUtils.deleteRecursively(stateDir);
    }
}
