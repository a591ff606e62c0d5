package dev.newsroom.ingest.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** How many records the identity step has still to decide: the lag of its consumer group on the topics it reads. */
final class IdentityLag implements AutoCloseable {

    private static final List<String> INPUTS = List.of("news.ingest.intake", "news.ingest.article-claims");

    private final String applicationId;
    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();

    IdentityLag(String bootstrap, String applicationId) {
        this.applicationId = applicationId;
        this.admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
        this.consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
        for (String topic : INPUTS) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
    }

    /**
     * Records not yet processed over every input partition (transaction markers make a committed position up to
     * one past the last record, hence the allowance of one per partition).
     */
    long records() {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (var end : consumer.endOffsets(partitions).entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()) - 1);
            }
            return lag;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until nothing is left to decide, printing the lag every two seconds. */
    void awaitZero(long since) throws InterruptedException {
        long lag;
        while ((lag = records()) > 0) {
            System.out.printf(Locale.ROOT, "  identity step lag: %d records (%.0f s)%n", lag, (System.nanoTime() - since) / 1e9);
            Thread.sleep(2000);
        }
    }

    @Override
    public void close() {
        consumer.close();
        admin.close();
    }
}
