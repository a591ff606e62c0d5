package dev.newsroom.stack.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @TempDir
    Path dataDir;

    @Test
    void producesAndConsumesOnAnEphemeralPort() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Config.ephemeral(dataDir))) {
            assertThat(kafka.port()).isPositive();
            createTopic(kafka, "greetings");
            send(kafka, "greetings", "k1", "hello");
            send(kafka, "greetings", "k2", "world");

            assertThat(readAll(kafka, "greetings", false, 2)).containsExactly("hello", "world");
        }
    }

    @Test
    void recordsSurviveARestartOnTheSameDirectory() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Config.ephemeral(dataDir))) {
            createTopic(kafka, "durable");
            send(kafka, "durable", "k", "before restart");
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Config.ephemeral(dataDir))) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains("durable");
            }
            send(kafka, "durable", "k", "after restart");
            assertThat(readAll(kafka, "durable", false, 2)).containsExactly("before restart", "after restart");
        }
    }

    @Test
    void aReadCommittedConsumerSeesCommittedTransactionsOnly() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(EmbeddedKafka.Config.ephemeral(dataDir))) {
            createTopic(kafka, "tx");
            Properties props = producerProps(kafka);
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-test");
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
                producer.initTransactions();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx", "k", "aborted"));
                producer.flush();
                producer.abortTransaction();
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx", "k", "committed"));
                producer.commitTransaction();
            }
            assertThat(readAll(kafka, "tx", true, 1)).containsExactly("committed");
        }
    }

    static void createTopic(EmbeddedKafka kafka, String name) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(name, 1, (short) 1))).all().get();
        }
    }

    private static Properties producerProps(EmbeddedKafka kafka) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }

    private static void send(EmbeddedKafka kafka, String topic, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps(kafka))) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Reads until {@code expected} values arrived, then one more short poll to catch extras. */
    private static List<String> readAll(EmbeddedKafka kafka, String topic, boolean readCommitted, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, readCommitted ? "read_committed" : "read_uncommitted");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                values.add(record.value());
            }
        }
        return values;
    }
}
