package dev.newsroom.ingest.identity;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * {@code GET /api/articles/{id}}: the article's latest published version and content hash (version 0, no hash,
 * when only duplicates of other articles were submitted under this id) and its latest submissions' outcomes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(String articleId, int version, String contentHash, List<SubmissionOutcome> submissions) {

    static ArticleView of(String articleId, ArticleRecord record) {
        return new ArticleView(articleId, record.version(), record.contentHash(), record.recent());
    }
}
