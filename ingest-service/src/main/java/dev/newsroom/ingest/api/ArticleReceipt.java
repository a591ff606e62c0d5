package dev.newsroom.ingest.api;

import java.util.Locale;

import dev.newsroom.ingest.article.IngestResult;

/** Response to an accepted or duplicate article: its id, its current version, and which of the two it was. */
public record ArticleReceipt(String articleId, int version, String status) {

    static ArticleReceipt of(IngestResult result) {
        return new ArticleReceipt(result.articleId(), result.version(), result.status().name().toLowerCase(Locale.ROOT));
    }
}
