package dev.newsroom.ingest.api;

import dev.newsroom.ingest.article.Submitted;

/**
 * Response to a submitted article: its id, this submission's id and where its outcome will show.
 *
 * @param status    always {@code submitted}: taken in, not yet decided
 * @param statusUrl {@code /api/articles/{articleId}/submissions/{submissionId}}
 */
public record ArticleReceipt(String articleId, String submissionId, String status, String statusUrl) {

    static ArticleReceipt of(Submitted submitted) {
        return new ArticleReceipt(submitted.articleId(), submitted.submissionId(), "submitted", statusUrl(submitted));
    }

    static String statusUrl(Submitted submitted) {
        return "/api/articles/" + submitted.articleId() + "/submissions/" + submitted.submissionId();
    }
}
