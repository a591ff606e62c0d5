package dev.newsroom.store.views;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the views live ({@code newsroom.mongo.*}): a connection string only, so the embedded
 * Mongo-compatible server and a real MongoDB are interchangeable.
 */
@ConfigurationProperties("newsroom.mongo")
public record MongoProperties(
        @DefaultValue("mongodb://localhost:27017") String uri,
        @DefaultValue("newsroom") String database) {
}
