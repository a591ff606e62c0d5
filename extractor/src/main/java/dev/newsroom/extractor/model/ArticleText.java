package dev.newsroom.extractor.model;

import java.time.Instant;

/**
 * The input of one extraction: the text to analyse (for ingested articles, the cleaned text),
 * its publication instant (for resolving "on Tuesday"), and its language ("en", or null if unknown).
 */
public record ArticleText(String id, String title, String text, Instant publishedAt, String language) {
}
