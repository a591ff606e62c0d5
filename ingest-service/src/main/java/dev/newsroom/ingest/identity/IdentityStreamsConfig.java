package dev.newsroom.ingest.identity;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import dev.newsroom.ingest.IngestProperties;
import dev.newsroom.streams.RocksDbMemoryBudget;

/**
 * The Kafka Streams configuration of the identity step: connection and security from {@code spring.kafka.*}
 * (and {@code spring.kafka.streams.properties}), plus what this service needs and configuration cannot
 * override: exactly-once v2, the application id, the state directory, threads, standby replicas and the memory of
 * its stores.
 */
public final class IdentityStreamsConfig {

    private IdentityStreamsConfig() {
    }

    public static Properties of(KafkaProperties kafka, IngestProperties ingest, int maxRecordBytes) {
        Map<String, Object> config = new HashMap<>();
        config.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), maxRecordBytes);
        config.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        // An article (original and cleaned text) is about 10 KB: with the default 16 KB batches nearly every record
        // opened a compressed batch of its own. Larger batches: about a fifth less CPU in the identity step and half
        // in the broker per article (measured with bench-ingest --fill on real texts).
        config.put(StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG), 256 * 1024);
        config.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), maxRecordBytes);
        // an instance killed without leaving the group gives up its partitions after this long
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 10_000);
        config.putAll(kafka.buildStreamsProperties());
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, ingest.applicationId());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, ingest.stateDir().toAbsolutePath().toString());
        config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, ingest.streamThreads());
        config.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, ingest.standbyReplicas());
        config.putIfAbsent(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        RocksDbMemoryBudget.applyTo(config, ingest.rocksdbMemory().toBytes());
        Properties properties = new Properties();
        properties.putAll(config);
        return properties;
    }
}
