package dev.newsroom.store.articles;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * The statement-derived fields of an article document. The fields from {@code news.articles.raw} (title, text,
 * version) are written by {@link dev.newsroom.store.projection.ArticleProjector}; the two never overlap, so the
 * order in which the two topics are read does not matter.
 */
public final class ArticleViewBuilder {

    private ArticleViewBuilder() {
    }

    /** @param statements every live statement of the article, chronological */
    public static Document statementFields(List<Document> statements) {
        List<Document> byPosition = statements.stream()
                .sorted(Comparator.<Document>comparingInt(s -> s.get("content", Document.class).getInteger("start"))
                        .thenComparing(s -> s.getString("_id")))
                .toList();
        Document latest = statements.stream()
                .max(Comparator.<Document>comparingInt(s -> s.getInteger("articleVersion")).thenComparing(s -> s.getString("_id")))
                .orElse(null);
        return new Document("statementCount", statements.size())
                .append("statementIds", byPosition.stream().map(s -> s.getString("_id")).toList())
                .append("statementsVersion", latest == null ? null : latest.getInteger("articleVersion"))
                .append("eventTitle", latest == null ? null : latest.getString("articleTitle"))
                .append("eventPublishedAt", latest == null ? null : latest.get("articlePublishedAt", Date.class));
    }
}
