package dev.newsroom.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.newsroom.events.StatementEvent;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/** Statement events through a real broker and registry, configured by properties as a service configures them. */
@ExtendWith(NewsroomStackExtension.class)
class KafkaRoundTripTest {

    @Test
    void producesAndConsumesStatementEvents(NewsroomStack stack) {
        String topic = "serde-it-" + UUID.randomUUID();
        stack.createTopics(topic);
        List<StatementEvent> sent = List.of(SampleEvents.extracted(), SampleEvents.retracted());
        produce(stack, topic, sent);

        Map<String, Object> config = consumerConfig(stack);
        config.put("value.deserializer", ConfluentAvroDeserializer.class.getName());
        config.put("schema.registry.url", stack.schemaRegistryUrl());
        config.put("specific.avro.reader", "true");
        List<ConsumerRecord<String, Object>> received = consume(config, topic, 3);
        assertThat(received).extracting(ConsumerRecord::value)
                .containsExactly(sent.get(0), sent.get(1), null);
        assertThat(received.get(0).key()).isEqualTo("a-1f3e");
    }

    /** What a consumer in another language does: split the header, fetch the schema by id, decode plain Avro. */
    @Test
    void plainAvroConsumerReadsTheWireFormat(NewsroomStack stack) throws Exception {
        String topic = "serde-it-" + UUID.randomUUID();
        stack.createTopics(topic);
        StatementEvent event = SampleEvents.extracted();
        produce(stack, topic, List.of(event));

        Map<String, Object> config = consumerConfig(stack);
        config.put("value.deserializer", "org.apache.kafka.common.serialization.ByteArrayDeserializer");
        byte[] bytes = (byte[]) consume(config, topic, 2).get(0).value();

        assertThat(bytes[0]).isZero();
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(stack.schemaRegistryUrl() + "/schemas/ids/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Schema schema = new Schema.Parser().parse(
                JsonMapper.builder().build().readTree(response.body()).get("schema").asString());
        GenericRecord record = new GenericDatumReader<GenericRecord>(schema).read(null,
                DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));

        assertThat(record.get("eventId").toString()).isEqualTo(event.getEventId());
        assertThat(record.get("eventType").toString()).isEqualTo("EXTRACTED");
        GenericRecord statement = (GenericRecord) record.get("statement");
        assertThat(((GenericRecord) statement.get("speaker")).get("name").toString()).isEqualTo("Jane Doe");
        assertThat(((GenericRecord) statement.get("content")).get("start")).isEqualTo(34);
        assertThat(record.get("emittedAt")).isEqualTo(event.getEmittedAt().toEpochMilli());
    }

    private static void produce(NewsroomStack stack, String topic, List<StatementEvent> events) {
        Map<String, Object> config = Map.of(
                "bootstrap.servers", stack.bootstrapServers(),
                "key.serializer", "org.apache.kafka.common.serialization.StringSerializer",
                "value.serializer", ConfluentAvroSerializer.class.getName(),
                "schema.registry.url", stack.schemaRegistryUrl(),
                "acks", "all");
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(config)) {
            for (StatementEvent event : events) {
                producer.send(new ProducerRecord<>(topic, event.getArticleId(), event));
            }
            producer.send(new ProducerRecord<>(topic, "a-1f3e", null));
            producer.flush();
        }
    }

    private static Map<String, Object> consumerConfig(NewsroomStack stack) {
        Map<String, Object> config = new java.util.HashMap<>();
        config.put("bootstrap.servers", stack.bootstrapServers());
        config.put("group.id", "serde-it-" + UUID.randomUUID());
        config.put("auto.offset.reset", "earliest");
        config.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        return config;
    }

    private static List<ConsumerRecord<String, Object>> consume(Map<String, Object> config, String topic, int count) {
        List<ConsumerRecord<String, Object>> received = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (received.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        assertThat(received).hasSize(count);
        return received;
    }
}
