package dev.newsroom.store.views;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The articles that are the evidence of an actor or a dispute: each with its title and how many of the statements
 * are in it, most first, so the page can link every actor and dispute to the texts it comes from.
 */
public final class ArticleEvidence {

    private ArticleEvidence() {
    }

    /** Adds the article's title to each entry of {@code ranked} ({@code {id, count}}), as {@code {articleId, title, statementCount}}. */
    public static List<Document> describe(ViewCollections views, List<Document> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<String, String> titles = new HashMap<>();
        views.articles().find(Filters.in("_id", ranked.stream().map(d -> d.getString("id")).toList()))
                .projection(Projections.include("title"))
                .forEach(d -> titles.put(d.getString("_id"), d.getString("title")));
        return ranked.stream().map(d -> new Document("articleId", d.getString("id"))
                .append("title", titles.get(d.getString("id")))
                .append("statementCount", d.getInteger("count"))).toList();
    }

    /** The articles an actor speaks in, most of their statements first, at most {@code limit}. */
    public static List<Document> ofSpeaker(ViewCollections views, String actorId, int limit) {
        List<Document> ranked = new ArrayList<>();
        views.statements().aggregate(List.of(
                        Aggregates.match(Filters.and(Filters.eq("speaker.id", actorId), Filters.eq("live", true))),
                        Aggregates.group("$articleId", Accumulators.sum("count", 1)),
                        Aggregates.sort(Sorts.orderBy(Sorts.descending("count"), Sorts.ascending("_id"))),
                        Aggregates.limit(limit)))
                .forEach(d -> ranked.add(new Document("id", d.getString("_id")).append("count", d.getInteger("count"))));
        return describe(views, ranked);
    }
}
