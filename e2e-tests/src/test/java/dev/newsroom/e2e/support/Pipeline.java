package dev.newsroom.e2e.support;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.newsroom.e2e.client.NewsroomApi;
import dev.newsroom.e2e.client.PipelineLag;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.topics.Topics;

/**
 * The three services started as separate processes, as in production, against a test stack:
 * connection strings, ports and the token from environment variables, nothing else.
 */
public final class Pipeline implements AutoCloseable {

    public static final String TOKEN = "e2e-test-token";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Set<String> PIPELINE_TOPICS = Set.of(Topics.ARTICLES_RAW, Topics.STATEMENTS);

    private final ServiceProcess ingest;
    private final ServiceProcess extract;
    private final ServiceProcess store;
    private final NewsroomApi api;
    private final PipelineLag lag;

    private Pipeline(ServiceProcess ingest, ServiceProcess extract, ServiceProcess store, NewsroomApi api, PipelineLag lag) {
        this.ingest = ingest;
        this.extract = extract;
        this.store = store;
        this.api = api;
        this.lag = lag;
    }

    /** Creates the contract's topics, starts store, extract and ingest, and waits until all are healthy. */
    public static Pipeline start(NewsroomStack stack, Path logDir) {
        stack.createTopic(Topics.ARTICLES_INBOUND, 1);
        stack.createTopic(Topics.ARTICLES_RAW, 3);
        stack.createTopic(Topics.STATEMENTS, 3);
        stack.createTopics(Topics.ARTICLES_REJECTED, Topics.STATEMENTS_DLQ, Topics.EXTRACTION_DLQ);
        Path root = RepositoryLayout.root();
        Map<String, String> common = Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "NEWSROOM_SCHEMA_REGISTRY_URL", stack.schemaRegistryUrl(),
                "NEWSROOM_MONGO_URI", stack.mongoUri(),
                "NEWSROOM_INGEST_TOKEN", TOKEN);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            int storePort = ServiceProcess.freePort();
            ServiceProcess store = ServiceProcess.start(ServiceModule.load(root, "store-service"),
                    environment(common, storePort), List.of("-Xmx512m", "-XX:+UseSerialGC"), logDir, START_TIMEOUT);
            started.add(store);
            ServiceProcess extract = ServiceProcess.start(ServiceModule.load(root, "extract-service"),
                    environment(common, ServiceProcess.freePort()), List.of("-Xmx3g", "-XX:+UseSerialGC"), logDir, START_TIMEOUT);
            started.add(extract);
            int ingestPort = ServiceProcess.freePort();
            ServiceProcess ingest = ServiceProcess.start(ServiceModule.load(root, "ingest-service"),
                    environment(common, ingestPort), List.of("-Xmx512m", "-XX:+UseSerialGC"), logDir, START_TIMEOUT);
            started.add(ingest);
            NewsroomApi api = new NewsroomApi(URI.create("http://localhost:" + ingestPort),
                    URI.create("http://localhost:" + storePort), TOKEN);
            PipelineLag lag = new PipelineLag(stack.bootstrapServers(), PIPELINE_TOPICS);
            started.add(lag);
            lag.learnGroups(Duration.ofMinutes(1));
            return new Pipeline(ingest, extract, store, api, lag);
        } catch (RuntimeException e) {
            java.util.Collections.reverse(started);
            started.forEach(Pipeline::closeQuietly);
            throw e;
        }
    }

    private static Map<String, String> environment(Map<String, String> common, int serverPort) {
        Map<String, String> env = new HashMap<>(common);
        env.put("SERVER_PORT", String.valueOf(serverPort));
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(ServiceProcess.freePort()));
        return env;
    }

    public NewsroomApi api() {
        return api;
    }

    public ServiceProcess ingest() {
        return ingest;
    }

    public ServiceProcess extract() {
        return extract;
    }

    public ServiceProcess store() {
        return store;
    }

    /** Waits until extract-service and store-service have processed everything submitted so far. */
    public Duration awaitSettled(Duration timeout) {
        return lag.awaitCaughtUp(timeout);
    }

    @Override
    public void close() {
        for (AutoCloseable service : List.of(ingest, extract, store, lag)) {
            closeQuietly(service);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.err.println("could not stop " + closeable + ": " + e);
        }
    }
}
