package dev.newsroom.e2e.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.Uuid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.newsroom.e2e.compose.ComposeFile.Service;
import dev.newsroom.e2e.support.RepositoryLayout;
import dev.newsroom.e2e.support.ServiceModule;
import kafka.server.KafkaConfig;

/**
 * No Docker engine runs where the build runs, so docker-compose.yml is checked statically against
 * the truth in the repository: each service's built classes, application config and Spring Boot
 * classpath, resolved with the environment the compose file gives it. A service that changes a
 * port, a property name, a topic or its actuator setup makes this test fail until the compose file
 * follows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DockerComposeTest {

    /** Environment variables read by the JVM itself rather than by Spring. */
    private static final Set<String> JVM_ENVIRONMENT = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS");
    private static final Pattern HEALTH_URL = Pattern.compile("https?://(localhost|127\\.0\\.0\\.1):(\\d+)(/\\S*)");
    private static final String TOPICS_CLASS = "dev.newsroom.topics.Topics";

    private Path root;
    private ComposeFile compose;
    private final Map<String, ServiceConfiguration> services = new LinkedHashMap<>();

    @BeforeAll
    void readComposeFileAndServices() throws IOException {
        root = RepositoryLayout.root();
        compose = ComposeFile.read(root.resolve("docker-compose.yml"));
        for (Service service : compose.services().values()) {
            service.build().ifPresent(build -> {
                String module = build.args().get("MODULE");
                assertThat(module).as("build arg MODULE of compose service %s", service.name()).isNotBlank();
                services.put(service.name(), ServiceConfiguration.load(ServiceModule.load(root, module)));
            });
        }
    }

    @AfterAll
    void closeClassLoaders() throws IOException {
        for (ServiceConfiguration service : services.values()) {
            service.close();
        }
    }

    @Test
    void theThreeServicesAreBuiltFromTheirModulesWithTheRepositoryDockerfile() {
        assertThat(services.values()).extracting(s -> s.module().name())
                .containsExactlyInAnyOrder("ingest-service", "extract-service", "store-service");
        for (String name : services.keySet()) {
            ComposeFile.Build build = compose.service(name).build().orElseThrow();
            assertThat(root.resolve(build.context()).resolve(build.dockerfile())).as("Dockerfile of %s", name).isRegularFile();
            assertThat(root.resolve(build.context()).normalize()).as("build context of %s", name).isEqualTo(root);
            assertThat(services.get(name).module().mainClass()).as("main class of %s", name).isNotBlank();
        }
    }

    @Test
    void everyEnvironmentVariableIsOneTheServiceReads() {
        for (var entry : services.entrySet()) {
            Service service = compose.service(entry.getKey());
            List<String> ignored = service.environment().keySet().stream()
                    .filter(name -> !JVM_ENVIRONMENT.contains(name))
                    .filter(name -> !entry.getValue().reads(name))
                    .toList();
            assertThat(ignored).as("environment variables of %s that nothing in %s reads (property renamed?)",
                    service.name(), entry.getValue().module().name()).isEmpty();
        }
    }

    @Test
    void theServicesGetTheirConnectionStringsFromTheEnvironment() {
        for (var entry : services.entrySet()) {
            Map<String, String> env = compose.service(entry.getKey()).environment();
            assertThat(env).as("environment of %s", entry.getKey())
                    .containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "NEWSROOM_SCHEMA_REGISTRY_URL");
        }
        assertThat(compose.service("ingest-service").environment()).containsKey("NEWSROOM_INGEST_TOKEN");
        assertThat(compose.service("store-service").environment()).containsKey("NEWSROOM_MONGO_URI");
    }

    @Test
    void connectionStringsPointAtTheInfrastructureContainers() {
        Map<String, String> kafka = compose.service("kafka").environment();
        String internalListener = kafka.get("KAFKA_INTER_BROKER_LISTENER_NAME");
        String internalAddress = listenerAddress(kafka.get("KAFKA_ADVERTISED_LISTENERS"), internalListener);
        int registryPort = URI.create(compose.service("schema-registry").environment().get("SCHEMA_REGISTRY_LISTENERS")).getPort();
        for (String name : services.keySet()) {
            Map<String, String> env = compose.service(name).environment();
            assertThat(env.get("SPRING_KAFKA_BOOTSTRAP_SERVERS")).as("%s bootstrap servers", name).isEqualTo(internalAddress);
            URI registry = URI.create(env.get("NEWSROOM_SCHEMA_REGISTRY_URL"));
            assertThat(registry.getHost() + ":" + registry.getPort()).as("%s registry", name)
                    .isEqualTo("schema-registry:" + registryPort);
            if (env.containsKey("NEWSROOM_MONGO_URI")) {
                assertThat(env.get("NEWSROOM_MONGO_URI")).as("%s Mongo URI", name).startsWith("mongodb://mongo:27017/");
            }
            assertThat(compose.service(name).dependsOn()).as("%s start order", name)
                    .containsKeys("schema-registry", "kafka-init");
        }
        assertThat(compose.service("schema-registry").environment().get("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS"))
                .endsWith("://" + internalAddress);
        assertThat(compose.service("kafka-init").command()).contains("--bootstrap-server " + internalAddress);
    }

    @Test
    void publishedPortsAreTheOnesEachServiceListensOnAndItsDefaults() {
        for (var entry : services.entrySet()) {
            Service service = compose.service(entry.getKey());
            ServiceConfiguration config = entry.getValue();
            int server = config.serverPort(service.environment());
            int management = config.managementPort(service.environment());
            assertThat(service.ports()).as("published ports of %s", service.name()).isNotEmpty();
            for (ComposeFile.PortMapping port : service.ports()) {
                assertThat(port.container()).as("%s publishes a port it does not listen on (server %s, management %s)",
                        service.name(), server, management).isIn(server, management);
                // The host side keeps the service's own default, so tools defaulting to it work unchanged.
                int defaultPort = port.container() == server ? config.serverPort(Map.of()) : config.managementPort(Map.of());
                assertThat(port.host()).as("host port of %s for container port %s", service.name(), port.container())
                        .isEqualTo(defaultPort);
            }
            assertThat(service.ports()).as("%s publishes its management port", service.name())
                    .anyMatch(p -> p.container() == management);
        }
    }

    @Test
    void healthChecksCallAnActuatorHealthEndpointThatExists() {
        for (var entry : services.entrySet()) {
            Service service = compose.service(entry.getKey());
            String healthcheck = service.healthcheck().orElseThrow(
                    () -> new AssertionError(service.name() + " has no healthcheck"));
            Matcher url = HEALTH_URL.matcher(healthcheck);
            assertThat(url.find()).as("%s healthcheck calls a local URL: %s", service.name(), healthcheck).isTrue();
            assertThat(healthcheck).as("%s healthcheck fails on an HTTP error", service.name()).contains("curl -f");
            ServiceConfiguration config = entry.getValue();
            assertThat(Integer.parseInt(url.group(2))).as("%s healthcheck port", service.name())
                    .isEqualTo(config.managementPort(service.environment()));
            assertThat(config.healthPath(service.environment()))
                    .as("%s exposes actuator health over HTTP (actuator and a web server on its classpath)", service.name())
                    .contains(url.group(3));
        }
        for (String infrastructure : List.of("kafka", "schema-registry", "mongo")) {
            assertThat(compose.service(infrastructure).healthcheck()).as("%s healthcheck", infrastructure).isPresent();
        }
    }

    @Test
    void startOrderFollowsHealth() {
        for (Service service : compose.services().values()) {
            service.dependsOn().forEach((dependency, condition) -> {
                Service target = compose.service(dependency);
                if (condition.equals("service_healthy")) {
                    assertThat(target.healthcheck()).as("%s waits for %s to be healthy", service.name(), dependency).isPresent();
                } else {
                    assertThat(condition).as("%s depends on %s", service.name(), dependency)
                            .isEqualTo("service_completed_successfully");
                    assertThat(target.healthcheck()).as("one-shot %s", dependency).isEmpty();
                }
            });
        }
    }

    @Test
    void theTopicsTheServicesUseAreCreatedBeforeTheyStart() {
        Set<String> used = new TreeSet<>();
        for (var entry : services.entrySet()) {
            ServiceConfiguration config = entry.getValue();
            used.addAll(config.stringConstants(TOPICS_CLASS));
            used.addAll(config.propertiesUnder("newsroom.topics", compose.service(entry.getKey()).environment()).values());
        }
        Set<String> created = new TreeSet<>();
        for (String spec : compose.service("kafka-init").environment().get("NEWSROOM_TOPICS").trim().split("\\s+")) {
            String[] nameAndPartitions = spec.split(":");
            assertThat(Integer.parseInt(nameAndPartitions[1])).as("partitions of %s", nameAndPartitions[0]).isPositive();
            created.add(nameAndPartitions[0]);
        }
        assertThat(created).as("topics kafka-init creates").isEqualTo(used);
        assertThat(compose.service("kafka").environment()).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
    }

    @Test
    void theBrokerConfigurationIsAValidSingleNodeKraftConfiguration() {
        Map<String, String> env = compose.service("kafka").environment();
        Properties brokerConfig = new Properties();
        env.forEach((name, value) -> {
            if (name.startsWith("KAFKA_")) {
                // The apache/kafka image's mapping: KAFKA_ stripped, ___ to '-', __ to '_', _ to '.'.
                brokerConfig.put(name.substring(6).toLowerCase().replace("___", "-").replace("__", "\u0000")
                        .replace('_', '.').replace('\u0000', '_'), value);
            }
        });
        Set<String> unknown = new TreeSet<>(brokerConfig.stringPropertyNames());
        unknown.removeAll(org.apache.kafka.server.config.AbstractKafkaConfig.CONFIG_DEF.names());
        assertThat(unknown).as("KAFKA_* settings that are no broker configuration").isEmpty();
        KafkaConfig config = KafkaConfig.fromProps(brokerConfig);
        assertThat(config.processRoles().size()).as("process roles: broker and controller in one node").isEqualTo(2);
        assertThat(Uuid.fromString(env.get("CLUSTER_ID"))).isNotNull();
        assertThat(compose.service("kafka").volumes()).as("broker log on a named volume")
                .anyMatch(v -> v.target().equals(env.get("KAFKA_LOG_DIRS")) && compose.volumes().containsKey(v.source()));
        assertThat(compose.service("kafka").ports()).anyMatch(p -> p.host() == 9092);
        String hostListener = listenerAddress(env.get("KAFKA_ADVERTISED_LISTENERS"), "EXTERNAL");
        assertThat(hostListener).isEqualTo("localhost:9092");
    }

    @Test
    void stateLivesInNamedVolumes() {
        List<String> undeclared = new ArrayList<>();
        for (Service service : compose.services().values()) {
            service.volumes().stream().map(ComposeFile.VolumeMount::source)
                    .filter(source -> !source.startsWith(".") && !source.startsWith("/"))
                    .filter(source -> !compose.volumes().containsKey(source))
                    .forEach(undeclared::add);
        }
        assertThat(undeclared).as("volumes used but not declared").isEmpty();
        assertThat(compose.service("mongo").volumes()).anyMatch(v -> v.target().equals("/data/db"));
    }

    @Test
    void theIngestTokenComesFromTheEnvironmentWithADocumentedDefault() throws IOException {
        String raw = Files.readString(root.resolve("docker-compose.yml"));
        assertThat(raw).contains("NEWSROOM_INGEST_TOKEN: ${NEWSROOM_INGEST_TOKEN:-");
        String defaultToken = compose.service("ingest-service").environment().get("NEWSROOM_INGEST_TOKEN");
        assertThat(defaultToken).isNotBlank();
        assertThat(raw.lines().filter(l -> l.startsWith("#"))).as("the default token is documented in the header")
                .anyMatch(l -> l.contains(defaultToken));
    }

    @Test
    void theInfrastructureImagesAreTheOnesTheTestsRunOnUnderDocker() throws ReflectiveOperationException {
        Class<?> containers = Class.forName("dev.newsroom.stack.testing.ContainerStack");
        Map<String, String> testImages = new LinkedHashMap<>();
        for (String field : List.of("KAFKA_IMAGE", "REGISTRY_IMAGE", "MONGO_IMAGE")) {
            var constant = containers.getDeclaredField(field);
            constant.setAccessible(true);
            testImages.put(field, (String) constant.get(null));
        }
        assertThat(compose.service("kafka").image()).contains(testImages.get("KAFKA_IMAGE"));
        assertThat(compose.service("kafka-init").image()).contains(testImages.get("KAFKA_IMAGE"));
        assertThat(compose.service("schema-registry").image()).contains(testImages.get("REGISTRY_IMAGE"));
        assertThat(compose.service("mongo").image()).contains(testImages.get("MONGO_IMAGE"));
    }

    private static String listenerAddress(String listeners, String name) {
        for (String listener : listeners.split(",")) {
            if (listener.startsWith(name + "://")) {
                return listener.substring(name.length() + 3);
            }
        }
        throw new AssertionError("no listener " + name + " in " + listeners);
    }
}
