package dev.newsroom.ingest.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

import dev.newsroom.articles.RejectionReason;
import dev.newsroom.events.IngestSource;
import dev.newsroom.ingest.TopicNames;
import dev.newsroom.ingest.article.IngestMetrics;

/**
 * Publishes refused inbound records to {@code news.articles.rejected}: a JSON object with the reason, a
 * detail a person can act on, where the record came from, and the input itself (as text when it is
 * UTF-8, else Base64; cut at 1 MB). The reason and detail are in headers too, for tools that read only those.
 */
@Component
public class InboundRejects {

    public static final String REASON_HEADER = "newsroom.rejection.reason";
    public static final String DETAIL_HEADER = "newsroom.rejection.detail";
    private static final Logger log = LoggerFactory.getLogger(InboundRejects.class);
    private static final int MAX_INPUT_BYTES = 1024 * 1024;

    private final KafkaTemplate<String, String> template;
    private final String topic;
    private final IngestMetrics metrics;
    private final ObjectMapper json;
    private final Clock clock;

    public InboundRejects(KafkaTemplate<String, String> rejectTemplate, TopicNames topics, IngestMetrics metrics,
                          ObjectMapper json, Clock clock) {
        this.template = rejectTemplate;
        this.topic = topics.articlesRejected();
        this.metrics = metrics;
        this.json = json;
        this.clock = clock;
    }

    /** Rejects a record whose content is not an acceptable article. */
    public void reject(ConsumerRecord<String, byte[]> record, RejectionReason reason, String detail) {
        publish(record, reason.code(), reason.title(), detail);
    }

    /** Rejects a record the service failed on after retries (the error handler's recoverer). */
    public void rejectAfterFailure(ConsumerRecord<?, ?> record, Exception failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        @SuppressWarnings("unchecked")
        ConsumerRecord<String, byte[]> inbound = (ConsumerRecord<String, byte[]>) record;
        publish(inbound, IngestMetrics.PUBLISH_FAILED, "Could not be ingested",
                "ingest failed after retries: " + cause.getMessage());
    }

    private void publish(ConsumerRecord<String, byte[]> record, String reason, String title, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        body.put("title", title);
        body.put("detail", detail);
        body.put("topic", record.topic());
        body.put("partition", record.partition());
        body.put("offset", record.offset());
        body.put("key", record.key());
        body.put("rejectedAt", clock.instant().toString());
        byte[] value = record.value() == null ? new byte[0] : record.value();
        byte[] kept = value.length > MAX_INPUT_BYTES ? java.util.Arrays.copyOf(value, MAX_INPUT_BYTES) : value;
        body.put("inputBytes", value.length);
        body.put("inputTruncated", kept.length < value.length);
        if (RejectionReason.BINARY.code().equals(reason) || RejectionReason.INVALID_UTF8.code().equals(reason)) {
            body.put("inputBase64", Base64.getEncoder().encodeToString(kept));
        } else {
            body.put("input", new String(kept, StandardCharsets.UTF_8));
        }
        ProducerRecord<String, String> reject = new ProducerRecord<>(topic, record.key(), json.writeValueAsString(body));
        reject.headers().add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        reject.headers().add(DETAIL_HEADER, detail.getBytes(StandardCharsets.UTF_8));
        template.send(reject).join();
        metrics.rejected(IngestSource.KAFKA, reason);
        log.info("Rejected inbound record {}-{}@{}: {} ({})", record.topic(), record.partition(), record.offset(), reason, detail);
    }
}
