package dev.newsroom.store.projection;

import java.util.Map;

/** Kafka consumer properties of the projection: bytes in, committed records only. */
public record ProjectionConsumerSettings(Map<String, Object> properties) {
}
