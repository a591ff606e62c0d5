package dev.newsroom.examples.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsroom.events.ActorKind;
import dev.newsroom.events.ActorRef;
import dev.newsroom.events.Span;
import dev.newsroom.events.Statement;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.events.StatementType;
import dev.newsroom.serde.ConfluentAvroSerializer;
import dev.newsroom.serde.ConfluentSerdeConfig;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;
import dev.newsroom.topics.Topics;

/** The example consumer against a real broker and registry, reading events the project's serializer wrote. */
@ExtendWith(NewsroomStackExtension.class)
class StatementPrinterTest {

    private static final String ARTICLE = "https://example.org/2025/03/harbour-dispute";

    @Test
    void printsEveryStatementEventOfTheTopicAsOneLine(NewsroomStack stack) throws Exception {
        stack.createTopic(Topics.STATEMENTS, 1);
        ActorRef minister = actor("person:lena-brandt", "Lena Brandt", ActorKind.PERSON, "DEU");
        ActorRef norway = actor("gov:NOR", "Norway", ActorKind.GOVERNMENT, "NOR");
        ActorRef ministry = actor("org:nor-foreign-ministry", "Norwegian Foreign Ministry", ActorKind.ORGANIZATION, "NOR");
        String text = "Lena Brandt said the harbour fees were \"plainly unfair\". The Norwegian Foreign Ministry rejected the claim.";
        List<StatementEvent> events = List.of(
                extracted("s1", text, minister, StatementType.DISAPPROVE, "plainly unfair", List.of(norway)),
                extracted("s2", text, ministry, StatementType.REJECT, "rejected the\n claim", List.of(minister, norway)),
                StatementEvent.newBuilder().setEventId("e3").setEventType(StatementEventType.RETRACTED)
                        .setStatementId("s1").setArticleId(ARTICLE).setArticleVersion(2)
                        .setEmittedAt(Instant.parse("2025-03-02T10:00:00Z")).setStatement(null).build());
        try (KafkaProducer<String, StatementEvent> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ConfluentAvroSerializer.class,
                ConfluentSerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl()))) {
            for (StatementEvent event : events) {
                producer.send(new ProducerRecord<>(Topics.STATEMENTS, event.getArticleId(), event)).get();
            }
        }

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (KafkaConsumer<String, StatementEvent> consumer = new KafkaConsumer<>(
                StatementPrinter.consumerConfig(stack.bootstrapServers(), stack.schemaRegistryUrl()))) {
            consumer.subscribe(List.of(Topics.STATEMENTS));
            Thread printer = new Thread(() -> {
                try {
                    StatementPrinter.print(consumer, new PrintStream(printed, true, StandardCharsets.UTF_8));
                } catch (WakeupException stopped) {
                    // the test has seen enough
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            printer.start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (lines(printed).size() < events.size() && failure.get() == null && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            consumer.wakeup();
            printer.join(10_000);
        }

        assertThat(failure.get()).isNull();
        assertThat(lines(printed)).containsExactly(
                "Lena Brandt (DEU) — DISAPPROVE — \"plainly unfair\" → Norway (NOR)",
                "Norwegian Foreign Ministry (NOR) — REJECT — \"rejected the claim\" → Lena Brandt (DEU), Norway (NOR)",
                "retracted s1 (article " + ARTICLE + " version 2)");
    }

    private static List<String> lines(ByteArrayOutputStream printed) {
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static StatementEvent extracted(String statementId, String text, ActorRef speaker, StatementType type,
                                            String content, List<ActorRef> targets) {
        int start = Math.max(0, text.indexOf(content.replace("\n", "")));
        Span contentSpan = new Span(content, start, start + content.length());
        Span mention = new Span(speaker.getName(), 0, speaker.getName().length());
        Statement statement = Statement.newBuilder()
                .setSpeaker(speaker).setMention(mention).setCue(new Span("said", 12, 16)).setContent(contentSpan)
                .setDirect(true).setTargets(targets).setType(type).setStance(-0.6)
                .setStatedAt(LocalDate.parse("2025-03-01")).build();
        return StatementEvent.newBuilder()
                .setEventId(UUID.nameUUIDFromBytes(statementId.getBytes(StandardCharsets.UTF_8)).toString())
                .setEventType(StatementEventType.EXTRACTED).setStatementId(statementId)
                .setArticleId(ARTICLE).setArticleVersion(1).setEmittedAt(Instant.parse("2025-03-01T12:00:00Z"))
                .setStatement(statement).setArticleTitle("Harbour fees row").build();
    }

    private static ActorRef actor(String id, String name, ActorKind kind, String side) {
        return ActorRef.newBuilder().setId(id).setName(name).setKind(kind).setSide(side).build();
    }
}
