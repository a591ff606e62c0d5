package dev.newsroom.stack.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * Gives integration tests a Kafka broker, a Confluent-compatible schema registry and a MongoDB
 * (compatible) store. One stack per test JVM, started on first use on ephemeral ports and stopped when
 * the JVM exits. The test sees only connection strings, so the same body runs in both modes:
 * <ul>
 *   <li>{@code EMBEDDED}: the project's KRaft broker, registry and mongo-java-server in this JVM;</li>
 *   <li>{@code CONTAINERS}: Testcontainers with {@code apache/kafka}, {@code confluentinc/cp-schema-registry}
 *       and {@code mongo}.</li>
 * </ul>
 * Containers are used when a Docker engine answers, the embedded stack otherwise; the environment
 * variable {@code NEWSROOM_TEST_STACK=embedded|containers} forces one.
 *
 * <pre>{@code
 * @ExtendWith(NewsroomStackExtension.class)
 * class PublishTest {
 *     @Test void publishes(NewsroomStack stack) {
 *         stack.createTopics("news.articles.raw");
 *         var producer = new KafkaProducer<>(Map.of("bootstrap.servers", stack.bootstrapServers()), keySerde, valueSerde);
 *     }
 * }
 * }</pre>
 *
 * Spring tests read the same stack statically, e.g. in a {@code @DynamicPropertySource} method:
 * {@code registry.add("spring.kafka.bootstrap-servers", () -> NewsroomStackExtension.stack().bootstrapServers())}.
 * The embedded broker logs under {@code kafka} and {@code org.apache.kafka}; this extension sets both
 * to WARN when it starts the stack, but a Spring context re-initialises logging, so Spring tests should
 * set {@code logging.level.kafka=WARN} and {@code logging.level.org.apache.kafka=WARN}.
 */
public final class NewsroomStackExtension implements ParameterResolver {

    static final String MODE_VARIABLE = "NEWSROOM_TEST_STACK";
    private static final Set<String> SPRING_SHUTDOWN_HOOKS = Set.of("SpringApplicationShutdownHook", "SpringContextShutdownHook");
    private static final Duration SPRING_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        return parameterContext.getParameter().getType() == NewsroomStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
            throws ParameterResolutionException {
        return stack();
    }

    /** The stack of this JVM, started on the first call. */
    public static NewsroomStack stack() {
        return Holder.STACK;
    }

    /** Initialised on first access: the JVM's class initialisation makes the start happen once. */
    private static final class Holder {
        static final NewsroomStack STACK = startStack();
    }

    private static NewsroomStack startStack() {
        quietBrokerLogging();
        NewsroomStack.Mode mode = chooseMode(System.getenv(MODE_VARIABLE));
        AutoCloseable stack = switch (mode) {
            case EMBEDDED -> EmbeddedStack.start();
            case CONTAINERS -> ContainerStack.start();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            awaitSpringContextsClosed();
            try {
                stack.close();
            } catch (Exception e) {
                System.err.println("newsroom test stack did not stop cleanly: " + e);
            }
        }, "newsroom-test-stack-stop"));
        return (NewsroomStack) stack;
    }

    /**
     * Cached Spring test contexts close in their own shutdown hooks, concurrently with ours. Their Kafka
     * consumers and producers want the broker while they close (leaving groups, committing offsets),
     * so the broker stops only after those hooks are done.
     */
    private static void awaitSpringContextsClosed() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (SPRING_SHUTDOWN_HOOKS.contains(thread.getName())) {
                try {
                    thread.join(SPRING_SHUTDOWN_WAIT.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static NewsroomStack.Mode chooseMode(String requested) {
        if (requested == null || requested.isBlank()) {
            return dockerAvailable() ? NewsroomStack.Mode.CONTAINERS : NewsroomStack.Mode.EMBEDDED;
        }
        return switch (requested.trim().toLowerCase(Locale.ROOT)) {
            case "embedded" -> NewsroomStack.Mode.EMBEDDED;
            case "containers" -> NewsroomStack.Mode.CONTAINERS;
            default -> throw new IllegalArgumentException(
                    MODE_VARIABLE + " must be 'embedded' or 'containers', not '" + requested + "'");
        };
    }

    private static boolean dockerAvailable() {
        // Asking Testcontainers costs seconds and an error log where there is plainly no engine.
        boolean engineConfigured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
        if (!engineConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void quietBrokerLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            for (String name : new String[] {"kafka", "org.apache.kafka", "state.change.logger", "de.bwaldvogel", "org.testcontainers"}) {
                logback.getLogger(name).setLevel(Level.WARN);
            }
        }
    }
}
