package dev.newsroom.extract.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import dev.newsroom.events.StatementEvent;
import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.SchemaRegistryProperties;
import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentAvroSerializer;

/**
 * Builds the Kafka clients of the workers from {@code spring.kafka.*} (connection, security) plus the
 * settings exactly-once needs, which configuration cannot override: a read_committed consumer without
 * auto-commit, and an idempotent transactional producer. Values are bytes on the wire; the Avro
 * serde runs inside the worker so an undecodable record becomes a dead letter, not a stuck consumer.
 */
public final class KafkaClients {

    private final KafkaProperties kafka;
    private final ExtractProperties extract;
    private final SchemaRegistryProperties registry;

    public KafkaClients(KafkaProperties kafka, ExtractProperties extract, SchemaRegistryProperties registry) {
        this.kafka = kafka;
        this.extract = extract;
        this.registry = registry;
    }

    Consumer<byte[], byte[]> articleConsumer(int worker) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, extract.groupId());
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, extract.transactionalId(worker));
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, extract.maxPollRecords());
        // A whole poll's articles are extracted before the next poll; worst case each uses its budget.
        Duration worstBatch = extract.articleTimeout().multipliedBy(extract.maxPollRecords()).plusMinutes(1);
        config.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.max(300_000, worstBatch.toMillis()));
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    Consumer<byte[], byte[]> stateReader(int worker) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, extract.transactionalId(worker) + "-state");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    Producer<byte[], byte[]> transactionalProducer(int worker) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, extract.transactionalId(worker));
        config.put(ProducerConfig.CLIENT_ID_CONFIG, extract.transactionalId(worker));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicSetup.DLQ_MAX_MESSAGE_BYTES + 64 * 1024);
        // A transaction spans only a batch's writes. A short timeout lets the broker abort a crashed
        // instance's open transaction soon, so whoever takes over its partitions is not held up long.
        config.putIfAbsent(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    Admin admin() {
        return Admin.create(kafka.buildAdminProperties());
    }

    /** Decodes to Object: the processor checks the type, so a record of another schema is a dead letter. */
    ConfluentAvroDeserializer<Object> rawArticleDeserializer() {
        ConfluentAvroDeserializer<Object> deserializer = new ConfluentAvroDeserializer<>();
        deserializer.configure(Map.of("schema.registry.url", registry.url(), "specific.avro.reader", true), false);
        return deserializer;
    }

    ConfluentAvroSerializer<StatementEvent> statementEventSerializer() {
        ConfluentAvroSerializer<StatementEvent> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", registry.url()), false);
        return serializer;
    }
}
