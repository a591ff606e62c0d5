package dev.newsroom.store;

import dev.newsroom.stack.testing.NewsroomStackExtension;
import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a Spring test context at the shared test stack, and at a test class's own topics when it has them. */
public final class StackProperties {

    private StackProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        var stack = NewsroomStackExtension.stack();
        registry.add("newsroom.mongo.uri", stack::mongoUri);
        registry.add("spring.kafka.bootstrap-servers", stack::bootstrapServers);
        registry.add("newsroom.schema-registry.url", stack::schemaRegistryUrl);
    }

    public static void register(DynamicPropertyRegistry registry, EventTopics topics) {
        register(registry);
        registry.add("newsroom.topics.statements", () -> topics.statements);
        registry.add("newsroom.topics.articles-raw", () -> topics.articles);
        registry.add("newsroom.topics.statements-dlq", () -> topics.deadLetters);
        registry.add("newsroom.topics.extraction-dlq", () -> topics.extractionFailures);
    }
}
