package dev.newsroom.ingest.article;

/**
 * An article taken in: on the intake topic, to be deduplicated and versioned in its partitions.
 *
 * @param submissionId names this submission in the article's status ({@code /api/articles/{id}/submissions/{sid}})
 */
public record Submitted(String articleId, String submissionId) {
}
