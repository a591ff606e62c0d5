package dev.newsroom.store.admin;

/**
 * What a rebuild did.
 *
 * @param generation      the generation that is live now
 * @param statementEvents statement events replayed
 * @param articleEvents   raw articles replayed
 * @param skipped         records left out as poison (they went to the dead-letter topic when first consumed)
 * @param millis          how long it took
 */
public record RebuildReport(int generation, long statementEvents, long articleEvents, long skipped, long millis) {
}
