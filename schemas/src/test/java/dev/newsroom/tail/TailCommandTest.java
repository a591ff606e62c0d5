package dev.newsroom.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.newsroom.serde.ConfluentAvroSerializer;
import dev.newsroom.serde.ConfluentSerdeConfig;
import dev.newsroom.serde.SampleEvents;
import dev.newsroom.serde.SchemaRegistryClient;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/** {@code ./newsroom tail} against a real broker and registry. */
@ExtendWith(NewsroomStackExtension.class)
class TailCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void printsAvroEventsDecodedThroughTheRegistry(NewsroomStack stack) throws Exception {
        String topic = "statements-" + UUID.randomUUID();
        stack.createTopics(topic);
        ConfluentAvroSerializer<Object> avro = new ConfluentAvroSerializer<>(
                new SchemaRegistryClient(stack.schemaRegistryUrl()), ConfluentSerdeConfig.forRegistry(stack.schemaRegistryUrl()));
        send(stack, new ProducerRecord<>(topic, bytes("a-1f3e"), avro.serialize(topic, SampleEvents.extracted())));
        send(stack, new ProducerRecord<>(topic, bytes("a-1f3e"), avro.serialize(topic, SampleEvents.retracted())));

        List<JsonNode> lines = tail(stack, topic, "--from-beginning");

        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.get("topic").asString()).isEqualTo(topic);
        assertThat(first.get("key").asString()).isEqualTo("a-1f3e");
        assertThat(first.get("schema").asString()).isEqualTo("dev.newsroom.events.StatementEvent");
        JsonNode event = first.get("value");
        assertThat(event.get("eventType").asString()).isEqualTo("EXTRACTED");
        assertThat(event.get("emittedAt").asString()).isEqualTo("2026-03-04T11:00:01.500Z");
        assertThat(event.at("/statement/speaker/name").asString()).isEqualTo("Jane Doe");
        assertThat(event.at("/statement/statedAt").asString()).isEqualTo("2026-03-03");
        assertThat(event.at("/statement/targets/0/side").asString()).isEqualTo("DEU");
        assertThat(lines.get(1).get("value").get("eventType").asString()).isEqualTo("RETRACTED");
        assertThat(lines.get(1).get("value").get("statement").isNull()).isTrue();
    }

    @Test
    void printsDeadLettersWithTheirErrorHeadersAndJsonOrTextValues(NewsroomStack stack) throws Exception {
        String topic = "dlq-" + UUID.randomUUID();
        stack.createTopics(topic);
        RecordHeaders headers = new RecordHeaders();
        headers.add("newsroom.error.class", bytes("java.lang.IllegalStateException"));
        headers.add("newsroom.error.message", bytes("over the size limit"));
        send(stack, new ProducerRecord<>(topic, null, bytes("k1"), new byte[] {0, 0, 0, 0x7f, 0x7f, 1, 2}, headers));
        send(stack, new ProducerRecord<>(topic, bytes("k2"), bytes("{\"reason\":\"EMPTY_BODY\",\"payload\":\"\"}")));
        send(stack, new ProducerRecord<>(topic, bytes("k3"), bytes("plain words")));
        send(stack, new ProducerRecord<>(topic, bytes("k4"), new byte[] {(byte) 0xff, (byte) 0xfe}));

        List<JsonNode> lines = tail(stack, topic, "--from-beginning");

        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).at("/headers/newsroom.error.message").asString()).isEqualTo("over the size limit");
        assertThat(lines.get(0).get("valueError").asString()).contains("not decoded as Confluent Avro").contains("32639");
        assertThat(lines.get(0).at("/value/base64").asString()).isEqualTo("AAAAf38BAg==");
        assertThat(lines.get(1).at("/value/reason").asString()).isEqualTo("EMPTY_BODY");
        assertThat(lines.get(2).get("value").asString()).isEqualTo("plain words");
        assertThat(lines.get(3).at("/value/base64").asString()).isEqualTo("//4=");
    }

    @Test
    void withoutFromBeginningPrintsTheLastRecordsAndFollowPrintsNewOnes(NewsroomStack stack) throws Exception {
        String topic = "text-" + UUID.randomUUID();
        stack.createTopics(topic);
        for (int i = 1; i <= 5; i++) {
            send(stack, new ProducerRecord<>(topic, bytes("k" + i), bytes("record " + i)));
        }
        assertThat(tail(stack, topic, "-n", "2")).extracting(line -> line.get("value").asString())
                .containsExactly("record 4", "record 5");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TailCommand following = new TailCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> new CommandLine(following).execute(
                "--kafka", stack.bootstrapServers(), "--registry", stack.schemaRegistryUrl(), "-n", "1", "--follow", topic));
        awaitOutput(out, "record 5");
        send(stack, new ProducerRecord<>(topic, bytes("k6"), bytes("record 6")));
        awaitOutput(out, "record 6");
        following.wakeUp();
        assertThat(run.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void theLastRecordsOfATransactionalTopicSkipItsCommitMarkers(NewsroomStack stack) {
        String topic = "transactional-" + UUID.randomUUID();
        stack.createTopics(topic);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers(),
                "transactional.id", "tail-test-" + topic), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            for (int i = 1; i <= 4; i++) {
                producer.beginTransaction();
                producer.send(new ProducerRecord<>(topic, bytes("k" + i), bytes("event " + i)));
                producer.commitTransaction();
            }
        }
        assertThat(tail(stack, topic, "-n", "3")).extracting(line -> line.get("value").asString())
                .containsExactly("event 2", "event 3", "event 4");
    }

    @Test
    void anUnknownTopicIsAnErrorThatListsTheTopics(NewsroomStack stack) {
        String known = "known-" + UUID.randomUUID();
        stack.createTopics(known);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new TailCommand(System.out, new PrintStream(err, true, StandardCharsets.UTF_8))).execute(
                "--kafka", stack.bootstrapServers(), "--registry", stack.schemaRegistryUrl(), "no.such.topic");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("has no topic 'no.such.topic'").contains(known);
    }

    private static List<JsonNode> tail(NewsroomStack stack, String topic, String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--kafka", stack.bootstrapServers(), "--registry", stack.schemaRegistryUrl()));
        args.addAll(List.of(options));
        args.add(topic);
        int exit = new CommandLine(new TailCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err))
                .execute(args.toArray(String[]::new));
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
    }

    private static void awaitOutput(ByteArrayOutputStream out, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!out.toString(StandardCharsets.UTF_8).contains(text)) {
            assertThat(System.nanoTime()).as("'%s' printed within 60 s; printed: %s", text, out).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static void send(NewsroomStack stack, ProducerRecord<byte[], byte[]> record) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
