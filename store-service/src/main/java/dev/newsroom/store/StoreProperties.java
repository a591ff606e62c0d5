package dev.newsroom.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of store-service ({@code newsroom.store.*}).
 *
 * @param consume              whether the live projection consumes the topics (off only for tools that serve views)
 * @param adminToken           bearer token guarding the admin endpoints (the same token {@code ./newsroom up} creates
 *                             for ingest); empty disables them
 * @param consumerGroup        Kafka consumer group of the projection
 * @param maxPollRecords       events projected per batch at most
 * @param defaultPageSize      page size when a request names none
 * @param maxPageSize          largest page size a request may ask for
 * @param recentStatements     latest statements embedded in an actor document, overall and of each type
 * @param statementsPerSide    latest statements of each side embedded in a dispute document
 * @param maxDeliveryAttempts  attempts to project one event before it is dead-lettered as poison
 * @param cachedDocuments      actor and dispute documents the projection keeps in memory after writing them, so that
 *                             the next batch need not read them back
 */
@ConfigurationProperties("newsroom.store")
public record StoreProperties(
        @DefaultValue("true") boolean consume,
        @DefaultValue("") String adminToken,
        @DefaultValue("store-service") String consumerGroup,
        @DefaultValue("5000") int maxPollRecords,
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("10") int recentStatements,
        @DefaultValue("50") int statementsPerSide,
        @DefaultValue("3") int maxDeliveryAttempts,
        @DefaultValue("20000") int cachedDocuments) {
}
