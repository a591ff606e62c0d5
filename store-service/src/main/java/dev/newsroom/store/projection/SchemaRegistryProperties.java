package dev.newsroom.store.projection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The Confluent-compatible schema registry the Avro events are decoded with ({@code newsroom.schema-registry.*}). */
@ConfigurationProperties("newsroom.schema-registry")
public record SchemaRegistryProperties(@DefaultValue("http://localhost:8081") String url) {
}
