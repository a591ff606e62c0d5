package dev.newsroom.stack.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsroom.stack.net.Ports;

/**
 * A real Apache Kafka broker in KRaft mode: one node that is both broker and controller, its logs in
 * {@code <dataDir>/kafka}. The storage is formatted (as {@code kafka-storage format} does) only the
 * first time, so topics and records survive a restart on the same directory.
 *
 * <p>The controller listener gets its own free port on every start; the quorum is static (one voter,
 * configured, not stored), so that port may change between restarts.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final int NODE_ID = 1;
    private static final String BROKER_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int START_ATTEMPTS = 3;

    /**
     * Where and how the broker runs.
     *
     * @param dataDir        the data directory; the broker's log lives in its {@code kafka} subdirectory
     * @param host           the address clients connect to (the broker binds it and advertises it)
     * @param port           the client port; 0 picks a free one, see {@link #port()}
     * @param controllerPort the KRaft controller's port on 127.0.0.1; 0 picks a free one
     */
    public record Config(Path dataDir, String host, int port, int controllerPort) {
        public Config(Path dataDir, String host, int port) {
            this(dataDir, host, port, 0);
        }

        public static Config ephemeral(Path dataDir) {
            return new Config(dataDir, "127.0.0.1", 0);
        }
    }

    private final KafkaRaftServer server;
    private final String host;
    private final int port;

    private EmbeddedKafka(KafkaRaftServer server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /** Formats the log directory when it is new, starts the broker and returns once it serves clients. */
    public static EmbeddedKafka start(Config config) {
        Path logDir = config.dataDir().resolve("kafka").toAbsolutePath();
        try {
            Files.createDirectories(logDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Kafka log directory " + logDir, e);
        }
        RuntimeException lastFailure = null;
        // A port found free can be taken by someone else before the broker binds it: then try again
        // with new ports, as long as there are ports of our own choosing.
        int attempts = config.port() == 0 || config.controllerPort() == 0 ? START_ATTEMPTS : 1;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            int brokerPort = config.port() != 0 ? config.port() : Ports.freePort(config.host(), List.of());
            int controllerPort = config.controllerPort() != 0 ? config.controllerPort()
                    : Ports.freePort("127.0.0.1", List.of(brokerPort));
            KafkaConfig kafkaConfig = KafkaConfig.fromProps(
                    brokerProperties(logDir, config.host(), brokerPort, controllerPort), false);
            formatIfNew(logDir);
            KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
            try {
                server.startup();
                log.info("Kafka broker serving {}:{} with its log in {}", config.host(), brokerPort, logDir);
                return new EmbeddedKafka(server, config.host(), brokerPort);
            } catch (RuntimeException e) {
                lastFailure = e;
                shutdownQuietly(server);
            }
        }
        throw new IllegalStateException("Kafka broker did not start on " + config.host() + ":" + config.port()
                + ": " + lastFailure.getMessage(), lastFailure);
    }

    static Properties brokerProperties(Path logDir, String host, int brokerPort, int controllerPort) {
        Properties props = new Properties();
        props.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", String.valueOf(NODE_ID)),
                Map.entry("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort),
                Map.entry("controller.listener.names", CONTROLLER_LISTENER),
                Map.entry("inter.broker.listener.name", BROKER_LISTENER),
                Map.entry("listeners", BROKER_LISTENER + "://" + host + ":" + brokerPort + ","
                        + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", BROKER_LISTENER + "://" + host + ":" + brokerPort),
                Map.entry("listener.security.protocol.map",
                        BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT"),
                Map.entry("log.dirs", logDir.toString()),
                // One node: every internal topic has one replica and one in-sync replica suffices,
                // otherwise transactions and consumer offsets cannot be written at all.
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "5"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "5"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // Small footprint: the compaction dedupe buffer defaults to 128 MB.
                Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024)),
                Map.entry("log.cleaner.threads", "1"),
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "4"),
                Map.entry("background.threads", "4"),
                Map.entry("auto.create.topics.enable", "true")));
        return props;
    }

    private static void formatIfNew(Path logDir) {
        if (Files.exists(logDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .run();
            log.info("Formatted a new Kafka log directory {}", logDir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the Kafka log directory " + logDir + ": " + e.getMessage(), e);
        }
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return host + ":" + port;
    }

    public String host() {
        return host;
    }

    /** The port the broker actually serves clients on. */
    public int port() {
        return port;
    }

    /** Shuts the broker down cleanly (controlled shutdown, logs flushed) and waits for it. */
    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.debug("shutdown after a failed start", e);
        }
    }
}
