package dev.newsroom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.extract.support.SharedExtractor;
import dev.newsroom.extract.support.TestArticles;
import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentAvroSerializer;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/** The application as deployed: configuration from properties, topics created on start, health, one article through. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN", "logging.level.state.change.logger=WARN"})
@ContextConfiguration(initializers = ExtractServiceApplicationTest.SharedExtractorInitializer.class)
class ExtractServiceApplicationTest {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final NewsroomStack STACK = NewsroomStackExtension.stack();

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", STACK::bootstrapServers);
        registry.add("newsroom.schema-registry.url", STACK::schemaRegistryUrl);
        registry.add("newsroom.topics.articles-raw", () -> "news.articles.raw-" + SUFFIX);
        registry.add("newsroom.topics.statements", () -> "news.statements-" + SUFFIX);
        registry.add("newsroom.topics.extraction-dlq", () -> "news.extraction.dlq-" + SUFFIX);
        registry.add("newsroom.extract.application-id", () -> "extract-" + SUFFIX);
        registry.add("newsroom.extract.state-dir", () -> System.getProperty("java.io.tmpdir") + "/extract-app-" + SUFFIX);
    }

    @LocalServerPort
    int port;

    @Autowired
    TopicsProperties topics;

    @Test
    void consumesRawArticlesAndReportsHealth() throws Exception {
        try (ConfluentAvroSerializer<RawArticle> serializer = new ConfluentAvroSerializer<>();
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.bootstrapServers()),
                        new StringSerializer(), new ByteArraySerializer())) {
            serializer.configure(Map.of("schema.registry.url", STACK.schemaRegistryUrl()), false);
            RawArticle article = TestArticles.english("app-article", 1, TestArticles.mayorArticle(1));
            producer.send(new ProducerRecord<>(topics.articlesRaw(), article.getArticleId(),
                    serializer.serialize(topics.articlesRaw(), article))).get();
        }

        StatementEvent first = firstStatementEvent();
        assertThat(first.getArticleId()).isEqualTo("app-article");
        assertThat(first.getEventType()).isEqualTo(StatementEventType.EXTRACTED);

        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"extraction\"").contains("RUNNING");
        HttpResponse<String> metric = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/metrics/newsroom.extract.statements")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metric.statusCode()).isEqualTo(200);
    }

    private StatementEvent firstStatementEvent() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, STACK.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + SUFFIX, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", "schema.registry.url", STACK.schemaRegistryUrl(),
                "specific.avro.reader", true);
        try (KafkaConsumer<String, StatementEvent> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                configured(config))) {
            consumer.subscribe(List.of(topics.statements()));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    return record.value();
                }
            }
        }
        throw new AssertionError("no statement event within 3 minutes");
    }

    private static ConfluentAvroDeserializer<StatementEvent> configured(Map<String, Object> config) {
        ConfluentAvroDeserializer<StatementEvent> deserializer = new ConfluentAvroDeserializer<>();
        deserializer.configure(config, false);
        return deserializer;
    }

    /** Gives the application the test JVM's already loaded extractor instead of loading a second one. */
    static class SharedExtractorInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton("extractor", SharedExtractor.get());
        }
    }
}
