package dev.newsroom.store.articles;

import com.mongodb.client.model.Filters;
import dev.newsroom.store.statements.StatementQueries;
import dev.newsroom.store.views.Keys;
import dev.newsroom.store.views.ViewCollections;
import dev.newsroom.store.views.ViewStore;
import dev.newsroom.store.web.JsonDocuments;
import dev.newsroom.store.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Reads an article with the evidence of its statements. */
@Component
public class ArticleQueries {

    /** An article holds a few dozen statements; the cap only guards against a pathological one. */
    static final int MAX_STATEMENTS = 1000;

    private final ViewStore viewStore;

    public ArticleQueries(ViewStore viewStore) {
        this.viewStore = viewStore;
    }

    public Map<String, Object> get(String id) {
        ViewCollections views = viewStore.live();
        Document article = views.articles().find(Filters.eq("_id", id)).first();
        if (article == null) {
            throw new NotFoundException("article", id);
        }
        Document positions = article.get("statementPositions", new Document());
        List<String> ids = positions.entrySet().stream()
                .sorted(Map.Entry.<String, Object>comparingByValue(Comparator.comparingInt(v -> (Integer) v))
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> Keys.decode(e.getKey()))
                .toList();
        List<Document> statements = ids.isEmpty() ? new ArrayList<>() : views.statements()
                .find(Filters.in("_id", ids.subList(0, Math.min(ids.size(), MAX_STATEMENTS))))
                .into(new ArrayList<>());
        statements.removeIf(s -> !s.getBoolean("live", false));
        statements.sort(Comparator.comparingInt(s -> s.get("content", Document.class).getInteger("start")));
        Map<String, Object> json = JsonDocuments.toJson(article, Set.of("statementPositions", "extraction"));
        json.put("extraction", ExtractionStatus.of(article));
        if (json.get("title") == null && !statements.isEmpty()) {
            json.put("title", statements.get(0).getString("articleTitle"));
        }
        if (json.get("publishedAt") == null && !statements.isEmpty() && statements.get(0).getDate("articlePublishedAt") != null) {
            json.put("publishedAt", statements.get(0).getDate("articlePublishedAt").toInstant().toString());
        }
        json.put("statements", StatementQueries.toJson(views, statements));
        json.put("statementCount", ids.size());
        json.put("statementsOmitted", Math.max(0, ids.size() - MAX_STATEMENTS));
        return json;
    }
}
