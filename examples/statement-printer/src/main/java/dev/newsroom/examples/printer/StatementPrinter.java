package dev.newsroom.examples.printer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

import dev.newsroom.events.ActorRef;
import dev.newsroom.events.Statement;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentSerdeConfig;
import dev.newsroom.topics.Topics;

/**
 * A downstream consumer of {@code news.statements}: prints every statement event as one line,
 * {@code speaker — type — "content" → targets}. Plain kafka-clients and the schemas module's
 * Confluent-compatible deserializer; any Confluent Avro client reads the topic the same way.
 *
 * <pre>java ... dev.newsroom.examples.printer.StatementPrinter [bootstrap-servers] [registry-url]</pre>
 */
public final class StatementPrinter {

    private StatementPrinter() {
    }

    public static void main(String[] args) {
        String bootstrapServers = args.length > 0 ? args[0] : "localhost:9092";
        String registryUrl = args.length > 1 ? args[1] : "http://localhost:8081";
        try (KafkaConsumer<String, StatementEvent> consumer = new KafkaConsumer<>(consumerConfig(bootstrapServers, registryUrl))) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                consumer.wakeup();
                try {
                    main.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            consumer.subscribe(List.of(Topics.STATEMENTS));
            print(consumer, System.out);
        } catch (WakeupException stopped) {
            // Ctrl-C: the consumer leaves its group cleanly on close.
        }
    }

    /**
     * Consumer settings: a fresh group reading from the beginning, values decoded into the
     * generated {@link StatementEvent} class with the writer's schema fetched from the registry.
     */
    public static Properties consumerConfig(String bootstrapServers, String registryUrl) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "statement-printer-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // extract-service writes in transactions: show only committed statements.
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ConfluentAvroDeserializer.class.getName());
        config.put(ConfluentSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl);
        config.put(ConfluentSerdeConfig.SPECIFIC_AVRO_READER, "true");
        return config;
    }

    /** Polls until the consumer is woken up, printing one line per event. */
    public static void print(KafkaConsumer<String, StatementEvent> consumer, PrintStream out) {
        while (true) {
            for (ConsumerRecord<String, StatementEvent> record : consumer.poll(Duration.ofSeconds(1))) {
                out.println(line(record.value()));
            }
            out.flush();
        }
    }

    /** {@code speaker — type — "content" → targets}; a retraction names the statement it withdraws. */
    public static String line(StatementEvent event) {
        if (event.getEventType() == StatementEventType.RETRACTED || event.getStatement() == null) {
            return "retracted " + event.getStatementId() + " (article " + event.getArticleId()
                    + " version " + event.getArticleVersion() + ")";
        }
        Statement statement = event.getStatement();
        String targets = statement.getTargets().isEmpty() ? "nobody named"
                : statement.getTargets().stream().map(StatementPrinter::actor).collect(Collectors.joining(", "));
        return actor(statement.getSpeaker()) + " — " + statement.getType() + " — \""
                + statement.getContent().getText().replaceAll("\\s+", " ").strip() + "\" → " + targets;
    }

    private static String actor(ActorRef actor) {
        return actor.getSide() == null ? actor.getName() : actor.getName() + " (" + actor.getSide() + ")";
    }
}
