package dev.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsroom.events.IngestSource;
import dev.newsroom.events.RawArticle;
import dev.newsroom.ingest.IngestTestSupport.Topics;
import dev.newsroom.ingest.inbound.InboundRejects;
import dev.newsroom.stack.testing.NewsroomStackExtension;

@ExtendWith(NewsroomStackExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class InboundTopicTest {

    static final Topics TOPICS = Topics.forClass(InboundTopicTest.class);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        IngestTestSupport.register(registry, TOPICS);
    }

    @Autowired
    MeterRegistry meters;

    @Test
    void articlesFromTheInboundTopicArePublishedAndBadRecordsRejectedWithoutStallingTheConsumer() throws Exception {
        String run = UUID.randomUUID().toString();
        String json = "{\"url\": \"https://example.org/inbound/" + run + "\", \"title\": \"Wells dry up\", "
                + "\"body\": \"Farmers said the wells had dried up. " + run + "\"}";
        String text = "Rail strike ends\n\nThe union said the strike was over. " + run;
        String html = "<html><body><article><p>The court said the ruling stands. " + run + "</p></article></body></html>";
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", NewsroomStackExtension.stack().bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            send(producer, "bad-utf8", new byte[] {'a', (byte) 0xC3, '(', 'b'}, null);
            send(producer, "bad-binary", new byte[] {0, 1, 2, 3, 4, 5}, null);
            send(producer, "bad-json", "{\"body\": \"unterminated".getBytes(StandardCharsets.UTF_8), null);
            send(producer, "bad-type", "{\"body\": {\"text\": \"x\"}}".getBytes(StandardCharsets.UTF_8), null);
            send(producer, "bad-empty", new byte[0], null);
            send(producer, "bad-html", "<html><body><nav>Menu</nav></body></html>".getBytes(StandardCharsets.UTF_8), "text/html");
            send(producer, "good-json", json.getBytes(StandardCharsets.UTF_8), null);
            send(producer, "good-text", text.getBytes(StandardCharsets.UTF_8), null);
            send(producer, "good-html", html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
            producer.flush();
        }

        List<RawArticle> events = IngestTestSupport.rawEvents(TOPICS.raw(),
                read -> read.stream().filter(e -> e.getCleanedText().contains(run)).count() >= 3);
        List<RawArticle> ours = events.stream().filter(e -> e.getCleanedText().contains(run)).toList();
        assertThat(ours).hasSize(3).allSatisfy(e -> assertThat(e.getSource()).isEqualTo(IngestSource.KAFKA));
        assertThat(ours).extracting(RawArticle::getContentType)
                .containsExactlyInAnyOrder("application/json", "text/plain", "text/html");
        assertThat(ours).extracting(RawArticle::getTitle).contains("Wells dry up", "Rail strike ends");

        List<ConsumerRecord<String, String>> rejects = IngestTestSupport.readUntil(TOPICS.rejected(), new StringDeserializer(),
                read -> read.size() >= 6);
        assertThat(rejects).hasSize(6);
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, String> reasonByKey = new java.util.HashMap<>();
        for (ConsumerRecord<String, String> reject : rejects) {
            JsonNode body = mapper.readTree(reject.value());
            String reason = new String(reject.headers().lastHeader(InboundRejects.REASON_HEADER).value(), StandardCharsets.UTF_8);
            assertThat(body.get("reason").asString()).isEqualTo(reason);
            assertThat(body.get("detail").asString()).isNotBlank();
            assertThat(body.get("topic").asString()).isEqualTo(TOPICS.inbound());
            assertThat(reject.headers().lastHeader(InboundRejects.DETAIL_HEADER)).isNotNull();
            reasonByKey.put(reject.key(), reason);
            if (reject.key().equals("bad-json")) {
                assertThat(body.get("input").asString()).isEqualTo("{\"body\": \"unterminated");
            }
            if (reject.key().equals("bad-binary")) {
                assertThat(body.get("inputBase64").asString()).isEqualTo("AAECAwQF");
            }
        }
        assertThat(reasonByKey).containsExactlyInAnyOrderEntriesOf(Map.of(
                "bad-utf8", "invalid-utf8", "bad-binary", "binary", "bad-json", "malformed-json",
                "bad-type", "wrong-field-type", "bad-empty", "empty-body", "bad-html", "no-text"));
        assertThat(meters.find("newsroom.ingest.rejected").tag("source", "kafka").tag("reason", "malformed-json")
                .counter().count()).isEqualTo(1);
    }

    private void send(KafkaProducer<String, byte[]> producer, String key, byte[] value, String contentType) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPICS.inbound(), key, value);
        if (contentType != null) {
            record.headers().add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record).get();
    }
}
