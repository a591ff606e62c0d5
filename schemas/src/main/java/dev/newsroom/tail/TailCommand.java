package dev.newsroom.tail;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentSerdeConfig;
import dev.newsroom.serde.SchemaRegistryClient;

/**
 * {@code ./newsroom tail TOPIC}: prints a topic's records as JSON lines, decoded (see {@link RecordJson}).
 * Like tail(1): the last records by default, every record with {@code --from-beginning}, and with
 * {@code --follow} it keeps printing new records until Ctrl-C. It reads without a consumer group, so it
 * moves no service's offsets, and only committed records of transactional producers.
 */
@Command(name = "newsroom tail", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Print the records of a Kafka topic as JSON lines: key, headers and the value decoded "
                + "(Avro through the schema registry, JSON or text), e.g. news.statements, news.articles.raw, "
                + "news.articles.rejected, news.extraction.dlq or news.statements.dlq.")
public final class TailCommand implements Callable<Integer> {

    private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Parameters(paramLabel = "TOPIC", description = "The topic to read.")
    String topic;

    @Option(names = "--from-beginning", description = "Every record from the start of the topic, not only the last ones.")
    boolean fromBeginning;

    @Option(names = {"-f", "--follow"}, description = "Keep printing new records as they arrive, until Ctrl-C.")
    boolean follow;

    @Option(names = {"-n", "--records"}, paramLabel = "N", defaultValue = "10",
            description = "How many of the last records to print without --from-beginning (default: ${DEFAULT-VALUE}).")
    int last;

    @Option(names = "--kafka", paramLabel = "SERVERS", defaultValue = "localhost:9092",
            description = "Kafka bootstrap servers (default: ${DEFAULT-VALUE}, as ./newsroom up).")
    String kafka;

    @Option(names = "--registry", paramLabel = "URL", defaultValue = "http://localhost:8081",
            description = "Schema registry, for Avro values (default: ${DEFAULT-VALUE}, as ./newsroom up).")
    String registry;

    private final PrintStream out;
    private final PrintStream err;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    TailCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        if (System.getProperty(LOGBACK_CONFIGURATION) == null) {
            System.setProperty(LOGBACK_CONFIGURATION, "newsroom-tail-logback.xml");
        }
        TailCommand command = new TailCommand(System.out, System.err);
        Runtime.getRuntime().addShutdownHook(new Thread(command::wakeUp, "newsroom-tail-stop"));
        System.exit(new CommandLine(command).execute(args));
    }

    /** Ends a {@code --follow} from another thread (Ctrl-C). */
    void wakeUp() {
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    @Override
    public Integer call() {
        ConfluentAvroDeserializer<Object> avro = new ConfluentAvroDeserializer<>(new SchemaRegistryClient(registry),
                ConfluentSerdeConfig.forRegistry(registry));
        RecordJson records = new RecordJson(avro);
        try (KafkaConsumer<byte[], byte[]> kafkaConsumer = new KafkaConsumer<>(consumerProperties(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer = kafkaConsumer;
            List<TopicPartition> partitions = partitions(kafkaConsumer);
            if (partitions.isEmpty()) {
                return 1;
            }
            Map<TopicPartition, Long> end = kafkaConsumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, Long> start = kafkaConsumer.beginningOffsets(partitions, TIMEOUT);
            List<ConsumerRecord<byte[], byte[]>> backlog = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                backlog.addAll(fromBeginning ? read(kafkaConsumer, partition, start.get(partition), end.get(partition))
                        : lastRecords(kafkaConsumer, partition, start.get(partition), end.get(partition)));
            }
            backlog.sort(Comparator.comparingLong((ConsumerRecord<byte[], byte[]> r) -> r.timestamp())
                    .thenComparingInt(ConsumerRecord::partition).thenComparingLong(ConsumerRecord::offset));
            List<ConsumerRecord<byte[], byte[]>> shown = fromBeginning ? backlog
                    : backlog.subList(Math.max(0, backlog.size() - last), backlog.size());
            shown.forEach(record -> print(records, record));
            kafkaConsumer.assign(partitions);
            partitions.forEach(partition -> kafkaConsumer.seek(partition, end.get(partition)));
            while (follow) {
                kafkaConsumer.poll(POLL).forEach(record -> print(records, record));
            }
            return 0;
        } catch (WakeupException stopped) {
            return 0;
        } finally {
            consumer = null;
        }
    }

    private void print(RecordJson records, ConsumerRecord<byte[], byte[]> record) {
        out.println(records.of(record));
        out.flush();
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> kafkaConsumer) {
        Map<String, List<PartitionInfo>> topics = kafkaConsumer.listTopics(TIMEOUT);
        List<PartitionInfo> found = topics.get(topic);
        if (found == null || found.isEmpty()) {
            Set<String> names = new TreeSet<>(topics.keySet());
            names.removeIf(name -> name.startsWith("_"));
            err.println("newsroom tail: Kafka at " + kafka + " has no topic '" + topic + "'; its topics: "
                    + (names.isEmpty() ? "none" : String.join(", ", names)));
            return List.of();
        }
        return found.stream().map(p -> new TopicPartition(p.topic(), p.partition()))
                .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
    }

    /**
     * The last {@code last} records of a partition. Offsets are not records: transaction markers and aborted
     * records take offsets too, so the window grows until it holds enough records or reaches the start.
     */
    private List<ConsumerRecord<byte[], byte[]>> lastRecords(KafkaConsumer<byte[], byte[]> kafkaConsumer,
            TopicPartition partition, long start, long end) {
        for (long window = Math.max(1, last); ; window *= 4) {
            long from = Math.max(start, end - window);
            List<ConsumerRecord<byte[], byte[]>> found = read(kafkaConsumer, partition, from, end);
            if (found.size() >= last || from == start) {
                return found.subList(Math.max(0, found.size() - last), found.size());
            }
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> read(KafkaConsumer<byte[], byte[]> kafkaConsumer,
            TopicPartition partition, long from, long end) {
        kafkaConsumer.assign(List.of(partition));
        kafkaConsumer.seek(partition, from);
        List<ConsumerRecord<byte[], byte[]>> found = new ArrayList<>();
        while (kafkaConsumer.position(partition, TIMEOUT) < end) {
            for (ConsumerRecord<byte[], byte[]> record : kafkaConsumer.poll(POLL)) {
                if (record.offset() < end) {
                    found.add(record);
                }
            }
        }
        return found;
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsroom-tail");
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return props;
    }
}
