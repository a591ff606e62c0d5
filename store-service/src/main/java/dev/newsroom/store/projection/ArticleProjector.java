package dev.newsroom.store.projection;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import dev.newsroom.events.RawArticle;
import dev.newsroom.store.views.ViewCollections;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Projects raw articles into the metadata and original text of article documents. The newest version wins;
 * an older or repeated version changes nothing.
 */
public class ArticleProjector {

    /** @return how many article documents changed */
    public int project(List<RawArticle> articles, ViewCollections views) {
        Map<String, RawArticle> newest = new LinkedHashMap<>();
        for (RawArticle article : articles) {
            newest.merge(article.getArticleId(), article, (a, b) -> b.getVersion() >= a.getVersion() ? b : a);
        }
        if (newest.isEmpty()) {
            return 0;
        }
        Map<String, Integer> stored = new HashMap<>();
        views.articles().find(Filters.in("_id", newest.keySet())).projection(Projections.include("version"))
                .forEach(d -> stored.put(d.getString("_id"), d.getInteger("version")));
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (RawArticle article : newest.values()) {
            Integer version = stored.get(article.getArticleId());
            if (version == null || article.getVersion() >= version) {
                writes.add(new UpdateOneModel<>(Filters.eq("_id", article.getArticleId()),
                        new Document("$set", fields(article)), new UpdateOptions().upsert(true)));
            }
        }
        if (!writes.isEmpty()) {
            views.articles().bulkWrite(writes);
        }
        return writes.size();
    }

    private static Document fields(RawArticle article) {
        return new Document("version", article.getVersion())
                .append("title", article.getTitle())
                .append("outlet", article.getOutlet())
                .append("url", article.getUrl())
                .append("canonicalUrl", article.getCanonicalUrl())
                .append("publishedAt", article.getPublishedAt() == null ? null : Date.from(article.getPublishedAt()))
                .append("publishedAtNote", article.getPublishedAtNote())
                .append("language", article.getLanguage())
                .append("contentType", article.getContentType())
                .append("ingestedAt", Date.from(article.getIngestedAt()))
                .append("originalText", article.getOriginalText());
    }
}
