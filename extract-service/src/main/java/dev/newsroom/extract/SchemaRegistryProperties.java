package dev.newsroom.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the Confluent-compatible schema registry is ({@code newsroom.schema-registry.url}). */
@ConfigurationProperties("newsroom.schema-registry")
public record SchemaRegistryProperties(@DefaultValue("http://localhost:8081") String url) {
}
