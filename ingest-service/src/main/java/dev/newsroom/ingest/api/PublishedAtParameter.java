package dev.newsroom.ingest.api;

import java.time.Instant;

import dev.newsroom.articles.ArticleCleaner;
import dev.newsroom.articles.ArticleInput;
import dev.newsroom.articles.ArticleRejectedException;
import dev.newsroom.articles.RejectionReason;

/**
 * The {@code publishedAt} query parameter: the publication date of the submitted articles, for text that carries
 * none (plain text, a JSON Lines export without dates). It overrides a date the articles give themselves; a value
 * that is not a date is refused before anything is read.
 */
record PublishedAtParameter(String value) {

    static PublishedAtParameter of(String value, ArticleCleaner cleaner) {
        if (value == null || value.isBlank()) {
            return new PublishedAtParameter(null);
        }
        if (cleaner.readDate(value, Instant.now()).isEmpty()) {
            throw new ArticleRejectedException(RejectionReason.INVALID_DATE, "publishedAt '" + value
                    + "' is not a date: give an ISO-8601 date or instant (2016-03-02, 2016-03-02T14:30:00Z) or a form"
                    + " such as 'March 2, 2016'");
        }
        return new PublishedAtParameter(value.strip());
    }

    ArticleInput applyTo(ArticleInput input) {
        return value == null ? input : input.withPublishedAt(value);
    }
}
