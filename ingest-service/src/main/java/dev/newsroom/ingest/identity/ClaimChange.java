package dev.newsroom.ingest.identity;

/**
 * From the article step back to the content step, keyed by content hash: {@code held} when an article's new
 * version took this content, not {@code held} when the article moved on from it.
 */
public record ClaimChange(String articleId, int version, boolean held) {
}
