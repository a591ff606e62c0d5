package dev.newsroom.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.newsroom.e2e.client.NewsroomApi;
import dev.newsroom.e2e.client.NewsroomApi.Submission;
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

    private final Map<String, String> common;
    private final Path logDir;
    private final ServiceProcess ingest;
    private final ServiceProcess extract;
    private final ServiceProcess store;
    private final NewsroomApi api;
    private final PipelineLag lag;

    private Pipeline(Map<String, String> common, Path logDir, ServiceProcess ingest, ServiceProcess extract,
                     ServiceProcess store, NewsroomApi api, PipelineLag lag) {
        this.common = common;
        this.logDir = logDir;
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
        Map<String, String> common = Map.of(
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers(),
                "NEWSROOM_SCHEMA_REGISTRY_URL", stack.schemaRegistryUrl(),
                "NEWSROOM_MONGO_URI", stack.mongoUri(),
                "NEWSROOM_INGEST_TOKEN", TOKEN);
        List<AutoCloseable> started = new ArrayList<>();
        try {
            int storePort = ServiceProcess.freePort();
            ServiceProcess store = startService("store-service", environment(common, storePort), logDir);
            started.add(store);
            ServiceProcess extract = startService("extract-service", environment(common, ServiceProcess.freePort()), logDir);
            started.add(extract);
            int ingestPort = ServiceProcess.freePort();
            ServiceProcess ingest = startService("ingest-service", environment(common, ingestPort), logDir);
            started.add(ingest);
            NewsroomApi api = new NewsroomApi(URI.create("http://localhost:" + ingestPort),
                    URI.create("http://localhost:" + storePort), TOKEN);
            PipelineLag lag = new PipelineLag(stack.bootstrapServers(), PIPELINE_TOPICS);
            started.add(lag);
            lag.learnGroups(Duration.ofMinutes(1));
            return new Pipeline(common, logDir, ingest, extract, store, api, lag);
        } catch (RuntimeException e) {
            java.util.Collections.reverse(started);
            started.forEach(Pipeline::closeQuietly);
            throw e;
        }
    }

    /**
     * Starts one more instance of {@code module} against the same stack, with {@code overrides} on top
     * of the connection settings (other topics, groups or database), logging under {@code logName}.
     * The caller closes it.
     */
    public ServiceProcess startAnother(String module, Map<String, String> overrides, String logName) {
        Map<String, String> env = environment(common, ServiceProcess.freePort());
        env.putAll(overrides);
        return startService(module, env, logDir.resolve(logName));
    }

    private static ServiceProcess startService(String module, Map<String, String> env, Path logDir) {
        List<String> jvm = module.equals("extract-service")
                ? List.of("-Xmx3g", "-XX:+UseSerialGC") : List.of("-Xmx512m", "-XX:+UseSerialGC");
        return ServiceProcess.start(ServiceModule.load(RepositoryLayout.root(), module), env, jvm, logDir, START_TIMEOUT);
    }

    /** Each instance keeps its local state (Kafka Streams stores) in a directory of its own, kept across its restarts. */
    private static Map<String, String> environment(Map<String, String> common, int serverPort) {
        Map<String, String> env = new HashMap<>(common);
        env.put("SERVER_PORT", String.valueOf(serverPort));
        env.put("NEWSROOM_STATE_DIR", stateDirectory().toString());
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

    /** Submits article files as {@code ./newsroom ingest} does, checks each is accepted as new, and waits until processed. */
    public List<Submission> submitNewAndSettle(List<Path> files, Duration timeout) {
        List<Submission> submissions = new ArrayList<>();
        for (Path file : files) {
            for (Submission submission : ArticleFiles.submit(api, file)) {
                assertThat(submission.outcome()).as("%s: %s", file.getFileName(), submission.body()).isEqualTo("new");
                submissions.add(submission);
            }
        }
        awaitSettled(timeout);
        return submissions;
    }

    public PipelineLag lag() {
        return lag;
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

    private static Path stateDirectory() {
        try {
            return Files.createTempDirectory("newsroom-e2e-state-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
