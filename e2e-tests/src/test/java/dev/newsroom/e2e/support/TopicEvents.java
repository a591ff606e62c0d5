package dev.newsroom.e2e.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.newsroom.events.StatementEvent;
import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentSerdeConfig;
import dev.newsroom.stack.testing.NewsroomStack;

/** Every committed statement event of a topic, read as a downstream consumer reads it. */
public final class TopicEvents {

    private TopicEvents() {
    }

    public static List<StatementEvent> read(NewsroomStack stack, String topic) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConfluentSerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl(),
                ConfluentSerdeConfig.SPECIFIC_AVRO_READER, "true");
        ConfluentAvroDeserializer<StatementEvent> values = new ConfluentAvroDeserializer<>();
        values.configure(config, false);
        List<StatementEvent> events = new ArrayList<>();
        try (KafkaConsumer<String, StatementEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, StatementEvent> record : consumer.poll(Duration.ofMillis(500))) {
                    events.add(record.value());
                }
            }
        }
        return events;
    }
}
