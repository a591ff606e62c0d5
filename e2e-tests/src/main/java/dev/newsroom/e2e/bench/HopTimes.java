package dev.newsroom.e2e.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import dev.newsroom.topics.Topics;

/**
 * When each article passed each hop of the pipeline, as readers of its topics see it (wall clock of this machine,
 * milliseconds): its record on {@code news.articles.raw} (the record's timestamp: ingest-service's identity step keeps
 * the one its HTTP side gave the intake record) and when a read_committed reader sees it (ingest-service's
 * transactions committed), the timestamp of its statement records (extract-service stamps them when it starts
 * extracting the article), when a read_uncommitted reader first sees a statement (produced, transaction still open)
 * and when a read_committed reader does (extract-service's transaction committed). Records that arrive while the
 * probe runs are seen; the probe starts at the end of each partition.
 */
final class HopTimes implements AutoCloseable {

    /** An article's record on the raw topic: where it is and when ingest-service produced it. */
    record Raw(int partition, long offset, long createdAt) {
    }

    /** An article's first statement record: its timestamp and when this probe's readers saw it. */
    record Statements(long stampedAt, long producedSeenAt) {
    }

    private final Map<String, Raw> raw = new ConcurrentHashMap<>();
    private final Map<String, Statements> produced = new ConcurrentHashMap<>();
    private final Map<String, Long> committed = new ConcurrentHashMap<>();
    private final Map<String, Long> rawCommitted = new ConcurrentHashMap<>();
    private final List<Thread> readers = new ArrayList<>();
    private final List<KafkaConsumer<byte[], byte[]>> consumers = new ArrayList<>();

    HopTimes(String bootstrapServers) {
        KafkaConsumer<byte[], byte[]> uncommitted = consumer(bootstrapServers, "read_uncommitted");
        KafkaConsumer<byte[], byte[]> readCommitted = consumer(bootstrapServers, "read_committed");
        assignAtEnd(uncommitted, List.of(Topics.ARTICLES_RAW, Topics.STATEMENTS));
        assignAtEnd(readCommitted, List.of(Topics.ARTICLES_RAW, Topics.STATEMENTS));
        readers.add(reader("hops-uncommitted", uncommitted, record -> {
            String articleId = new String(record.key(), StandardCharsets.UTF_8);
            if (record.topic().equals(Topics.ARTICLES_RAW)) {
                raw.putIfAbsent(articleId, new Raw(record.partition(), record.offset(), record.timestamp()));
            } else {
                produced.putIfAbsent(articleId, new Statements(record.timestamp(), System.currentTimeMillis()));
            }
        }));
        readers.add(reader("hops-committed", readCommitted, record -> (record.topic().equals(Topics.ARTICLES_RAW)
                ? rawCommitted : committed).putIfAbsent(new String(record.key(), StandardCharsets.UTF_8), System.currentTimeMillis())));
        readers.forEach(Thread::start);
    }

    Raw raw(String articleId) {
        return raw.get(articleId);
    }

    Statements produced(String articleId) {
        return produced.get(articleId);
    }

    /** When a read_committed reader (as extract-service is) first saw the article's raw record. */
    Long rawCommitted(String articleId) {
        return rawCommitted.get(articleId);
    }

    Long committed(String articleId) {
        return committed.get(articleId);
    }

    private static KafkaConsumer<byte[], byte[]> consumer(String bootstrapServers, String isolation) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // see a record as soon as it is readable, not when a fetch has gathered enough bytes
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "20");
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private void assignAtEnd(KafkaConsumer<byte[], byte[]> consumer, List<String> topics) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(10))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        consumers.add(consumer);
    }

    private static Thread reader(String name, KafkaConsumer<byte[], byte[]> consumer,
                                 java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> onRecord) {
        Thread thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                        if (record.key() != null) {
                            onRecord.accept(record);
                        }
                    }
                }
            } catch (WakeupException | InterruptException stopped) {
                // closing
            } finally {
                consumer.close();
            }
        }, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public void close() throws InterruptedException {
        consumers.forEach(KafkaConsumer::wakeup);
        for (Thread reader : readers) {
            reader.join(5_000);
        }
    }
}
