package dev.newsroom.extract.pipeline;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.streams.RocksDbMemoryBudget;

/**
 * The Kafka Streams configuration: connection and security from {@code spring.kafka.*} (and anything set
 * under {@code spring.kafka.streams.properties}), plus what this service needs, which configuration
 * cannot override: exactly-once v2, the application id, the state directory, the thread count and the memory of its
 * store.
 */
public final class ExtractionStreamsConfig {

    /** A dead letter is a raw record (up to the raw topic's 1 MB default) plus error headers. */
    public static final int DLQ_MAX_MESSAGE_BYTES = 2 * 1024 * 1024;
    /** The broker's default ceiling for transaction timeouts ({@code transaction.max.timeout.ms}). */
    private static final Duration LONGEST_TRANSACTION = Duration.ofMinutes(15);

    private ExtractionStreamsConfig() {
    }

    public static Properties of(KafkaProperties kafka, ExtractProperties extract) {
        Map<String, Object> config = new HashMap<>();
        // A whole poll's articles are extracted before the next poll; worst case each part uses its budget.
        Duration worstArticle = extract.articleTimeout().multipliedBy(extract.mostParts());
        Duration worstPoll = worstArticle.multipliedBy(extract.maxPollRecords()).plusMinutes(1);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), extract.maxPollRecords());
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG),
                (int) Math.max(300_000, worstPoll.toMillis()));
        config.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), DLQ_MAX_MESSAGE_BYTES + 64 * 1024);
        // A transaction can stay open while another partition's article is extracted: it should outlive one
        // article's budget. Past the broker's ceiling an aborted transaction is only work done again.
        Duration transaction = worstArticle.plusMinutes(1);
        config.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG),
                (int) (transaction.compareTo(LONGEST_TRANSACTION) > 0 ? LONGEST_TRANSACTION : transaction).toMillis());
        // An instance killed without leaving the group (kill -9, out of memory) holds its partitions this long: with
        // the consumer's default of 45 s a restarted instance waited 30 s in REBALANCING after its JVM had started.
        // Heartbeats come from the consumer's own thread, so a long extraction does not miss them.
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        config.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) extract.replicationFactor());
        config.putAll(kafka.buildStreamsProperties());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, extract.applicationId());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, extract.stateDir().toAbsolutePath().toString());
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, extract.workerCount());
        config.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        config.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        config.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        RocksDbMemoryBudget.applyTo(config, extract.rocksdbMemory().toBytes());
        Properties properties = new Properties();
        properties.putAll(config);
        return properties;
    }
}
