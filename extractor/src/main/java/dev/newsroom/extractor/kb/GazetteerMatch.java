package dev.newsroom.extractor.kb;

/**
 * A mention found by {@link KnowledgeBase#scan}: tokens {@code startToken} (inclusive) to {@code endToken}
 * (exclusive) refer to {@code entry} as {@code kind}. A leading "the" is never part of the span.
 */
public record GazetteerMatch(int startToken, int endToken, EntryKind kind, KbEntry entry) {
}
