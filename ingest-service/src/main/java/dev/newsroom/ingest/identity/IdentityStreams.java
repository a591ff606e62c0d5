package dev.newsroom.ingest.identity;

import java.time.Duration;
import java.util.Properties;
import java.util.function.Supplier;

import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.CloseOptions.GroupMembershipOperation;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;

import dev.newsroom.serde.SchemaRegistryException;

/**
 * Runs the identity topology for the life of the application, once the HTTP port is known (it is this
 * instance's {@code application.server}, where other instances forward status queries), and reports it as the
 * {@code identity} health component: up while running, down while restoring its stores or once failed. A
 * stream thread that failed because the schema registry was unavailable is replaced; any other failure
 * stops the instance, so it shows as down instead of looping.
 */
public class IdentityStreams implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(IdentityStreams.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final Topology topology;
    private final Properties config;
    private final Supplier<HostInfo> self;
    private volatile KafkaStreams streams;
    private volatile HostInfo host;
    private volatile Throwable failure;

    /** @param self where this instance's HTTP port is, asked at start (after the web server started) */
    public IdentityStreams(Topology topology, Properties config, Supplier<HostInfo> self) {
        this.topology = topology;
        this.config = config;
        this.self = self;
    }

    @Override
    public synchronized void start() {
        host = self.get();
        Properties withHost = new Properties();
        withHost.putAll(config);
        withHost.put(StreamsConfig.APPLICATION_SERVER_CONFIG, host.host() + ":" + host.port());
        KafkaStreams created = new KafkaStreams(topology, withHost);
        created.setUncaughtExceptionHandler(error -> {
            if (error instanceof SchemaRegistryException || error.getCause() instanceof SchemaRegistryException) {
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            failure = error;
            log.error("Identity step stopped: a stream thread failed", error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        long started = System.nanoTime();
        created.setStateListener((now, before) -> log.info("Identity {} -> {} ({} ms after start)", before, now,
                (System.nanoTime() - started) / 1_000_000));
        streams = created;
        created.start();
    }

    @Override
    public synchronized void stop() {
        KafkaStreams running = streams;
        if (running != null) {
            // leaving the group hands the partitions over at once, instead of after the session timeout
            running.close(CloseOptions.timeout(CLOSE_TIMEOUT).withGroupMembershipOperation(GroupMembershipOperation.LEAVE_GROUP));
            streams = null;
        }
    }

    @Override
    public boolean isRunning() {
        return streams != null;
    }

    /** After the web server (which starts in phase {@code DEFAULT_PHASE - 1024}), so its port is known. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }

    /** The running Kafka Streams instance, for interactive queries; empty before start and after stop. */
    public java.util.Optional<KafkaStreams> streams() {
        return java.util.Optional.ofNullable(streams);
    }

    /** This instance's {@code application.server}. */
    public HostInfo host() {
        return host;
    }

    public KafkaStreams.State state() {
        KafkaStreams running = streams;
        return running == null ? KafkaStreams.State.NOT_RUNNING : running.state();
    }

    @Override
    public Health health() {
        KafkaStreams.State state = state();
        Health.Builder health = state == KafkaStreams.State.RUNNING ? Health.up() : Health.down();
        health.withDetail("state", state.name());
        Throwable failed = failure;
        if (failed != null) {
            health.withDetail("error", failed.toString());
        }
        return health.build();
    }
}
