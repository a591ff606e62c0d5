package dev.newsroom.extract.pipeline;

import java.time.Duration;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the extraction topology for the life of the application and reports it as the {@code extraction}
 * health component: up once Kafka Streams has reached {@code RUNNING} (its stores open or restored) and the
 * extractor is loaded, that is once it can extract; then up while it runs or rebalances, down once it has failed
 * or stopped. A stream thread that failed because the schema registry was unavailable is replaced (its record is
 * processed again); any other failure stops the instance, so that it shows as down instead of looping.
 */
public class ExtractionStreams implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ExtractionStreams.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

    private final Topology topology;
    private final Properties config;
    private final BooleanSupplier extractorReady;
    private final Supplier<String> extractorStatus;
    private volatile KafkaStreams streams;
    private volatile boolean hasRun;
    private volatile Throwable failure;

    public ExtractionStreams(Topology topology, Properties config) {
        this(topology, config, () -> true, () -> "loaded");
    }

    /**
     * @param extractorReady  whether the extractor has loaded
     * @param extractorStatus a word on it for the health details ("loading", "loaded", why it failed)
     */
    public ExtractionStreams(Topology topology, Properties config, BooleanSupplier extractorReady,
            Supplier<String> extractorStatus) {
        this.topology = topology;
        this.config = config;
        this.extractorReady = extractorReady;
        this.extractorStatus = extractorStatus;
    }

    @Override
    public synchronized void start() {
        if (streams != null) {
            return;
        }
        KafkaStreams created = new KafkaStreams(topology, config);
        created.setUncaughtExceptionHandler(error -> {
            if (error.getCause() instanceof ArticleExtractionProcessor.RegistryUnavailableException
                    || error instanceof ArticleExtractionProcessor.RegistryUnavailableException) {
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            failure = error;
            log.error("Extraction stopped: a stream thread failed", error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        long started = System.nanoTime();
        created.setStateListener((now, before) -> {
            hasRun |= now == KafkaStreams.State.RUNNING;
            log.info("Extraction {} -> {} ({} ms after start)", before, now, (System.nanoTime() - started) / 1_000_000);
        });
        streams = created;
        created.start();
    }

    @Override
    public synchronized void stop() {
        KafkaStreams running = streams;
        if (running != null) {
            // leaving the group hands the partitions over at once: a restarted instance otherwise waited for its old
            // member's session to time out (17 s of a 43 s restart with a 200,000-article store)
            running.close(CloseOptions.timeout(CLOSE_TIMEOUT).withGroupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP));
            streams = null;
        }
    }

    /** Stops it when the context closes without having started, as when a later bean fails to start. */
    public void close() {
        stop();
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** The Kafka Streams state, or NOT_RUNNING before start and after stop. */
    public KafkaStreams.State state() {
        KafkaStreams running = streams;
        return running == null ? KafkaStreams.State.NOT_RUNNING : running.state();
    }

    /** The raw-article partitions this instance processes now. */
    public Set<TopicPartition> assignment() {
        KafkaStreams running = streams;
        Set<TopicPartition> partitions = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        if (running != null) {
            running.metadataForLocalThreads().forEach(thread -> thread.activeTasks()
                    .forEach(task -> partitions.addAll(task.topicPartitions())));
        }
        return partitions;
    }

    @Override
    public Health health() {
        KafkaStreams.State state = state();
        boolean serving = state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING && hasRun;
        Health.Builder health = serving && extractorReady.getAsBoolean() ? Health.up() : Health.down();
        health.withDetail("state", state.name()).withDetail("partitions", assignment().toString())
                .withDetail("extractor", extractorStatus.get());
        Throwable failed = failure;
        if (failed != null) {
            health.withDetail("error", failed.toString());
        }
        return health.build();
    }
}
