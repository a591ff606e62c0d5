package dev.newsroom.ingest.api;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.newsroom.ingest.identity.ArticleView;
import dev.newsroom.ingest.identity.SubmissionOutcome;

/**
 * {@code GET /api/articles/{id}/submissions/{sid}}: {@code outcome} pending (not decided yet), new, updated or
 * duplicate; the version published (new, updated) or holding the content (duplicate), and for a duplicate the
 * article holding it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionStatus(String articleId, String submissionId, String outcome, Integer version, String duplicateOf) {

    static SubmissionStatus pending(String articleId, String submissionId) {
        return new SubmissionStatus(articleId, submissionId, "pending", null, null);
    }

    static SubmissionStatus of(ArticleView article, SubmissionOutcome decided) {
        return new SubmissionStatus(article.articleId(), decided.submissionId(),
                decided.outcome().name().toLowerCase(Locale.ROOT), decided.version() == 0 ? null : decided.version(),
                decided.duplicateOf());
    }
}
