package dev.newsroom.e2e.client;

import java.time.Instant;

/** An article as submitted to the ingest API; only the body is required. */
public record Article(String url, String title, String body, Instant publishedAt, String outlet) {
}
