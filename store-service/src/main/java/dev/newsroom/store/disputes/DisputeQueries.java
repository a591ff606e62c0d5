package dev.newsroom.store.disputes;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.newsroom.store.views.ActorNames;
import dev.newsroom.store.views.ArticleEvidence;
import dev.newsroom.store.views.Keys;
import dev.newsroom.store.views.StatementSummaries;
import dev.newsroom.store.views.Tally;
import dev.newsroom.store.views.ViewCollections;
import dev.newsroom.store.views.ViewStore;
import dev.newsroom.store.web.JsonDocuments;
import dev.newsroom.store.web.NotFoundException;
import dev.newsroom.store.web.Page;
import dev.newsroom.store.web.PageRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Reads dispute documents: pairs of sides with at least one conflictual statement between them. */
@Component
public class DisputeQueries {

    private static final int LISTED = 50;
    private static final Bson IS_DISPUTE = Filters.gt("conflictualCount", 0);

    private final ViewStore viewStore;

    public DisputeQueries(ViewStore viewStore) {
        this.viewStore = viewStore;
    }

    public Page list(PageRequest request) {
        ViewCollections views = viewStore.live();
        List<Map<String, Object>> items = new ArrayList<>();
        views.disputes().find(IS_DISPUTE)
                .projection(Projections.include("statementCount", "firstStatementAt", "lastStatementAt", "sides.a.statementCount",
                        "sides.b.statementCount", "articles"))
                .sort(Sorts.orderBy(Sorts.descending("statementCount"), Sorts.ascending("_id")))
                .skip(request.skip()).limit(request.size())
                .forEach(d -> items.add(JsonDocuments.toJson(summary(d), Set.of())));
        return Page.of(items, request, views.disputes().countDocuments(IS_DISPUTE));
    }

    private static Document summary(Document dispute) {
        String[] codes = dispute.getString("_id").split("~", 2);
        Document sides = dispute.get("sides", new Document());
        List<Document> perSide = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Document side = sides.get(i == 0 ? "a" : "b", new Document());
            perSide.add(new Document("side", codes[i]).append("statementCount", side.getInteger("statementCount", 0)));
        }
        Document articles = dispute.get("articles", new Document());
        return new Document("_id", dispute.getString("_id"))
                .append("sides", perSide)
                .append("statementCount", dispute.getInteger("statementCount"))
                .append("articleCount", Tally.ranked(articles, "id", Integer.MAX_VALUE).size())
                .append("firstStatementAt", dispute.getDate("firstStatementAt"))
                .append("lastStatementAt", dispute.getDate("lastStatementAt"));
    }

    /** The dispute: both sides with their latest statements in time order, counts, topics, a daily timeline with tone. */
    public Map<String, Object> get(String id) {
        ViewCollections views = viewStore.live();
        Document dispute = views.disputes().find(Filters.eq("_id", id)).first();
        if (dispute == null || dispute.getInteger("conflictualCount", 0) == 0) {
            throw new NotFoundException("dispute", id);
        }
        String[] codes = id.split("~", 2);
        Document sides = dispute.get("sides", new Document());
        Set<String> referenced = new HashSet<>();
        for (String key : List.of("a", "b")) {
            sides.get(key, new Document()).getList("latest", Document.class, List.of()).forEach(r -> referenced.add(r.getString("id")));
        }
        Map<String, Document> summaries = StatementSummaries.summaries(views, referenced);
        List<Document> perSide = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Document side = sides.get(i == 0 ? "a" : "b", new Document());
            List<Document> latest = new ArrayList<>(StatementSummaries.resolve(side.getList("latest", Document.class, List.of()), summaries));
            java.util.Collections.reverse(latest);
            int count = side.getInteger("statementCount", 0);
            perSide.add(new Document("side", codes[i])
                    .append("statementCount", count)
                    .append("undatedStatementCount", side.getInteger("undatedCount", 0))
                    .append("countsByType", side.get("countsByType", new Document()))
                    .append("speakers", ActorNames.describe(views, Tally.ranked(side.get("speakers", Document.class), "id", LISTED)))
                    .append("statements", latest)
                    .append("omittedStatements", count - latest.size()));
        }
        List<Document> articles = Tally.ranked(dispute.get("articles", Document.class), "id", Integer.MAX_VALUE);
        Document view = summary(dispute)
                .append("sides", perSide)
                .append("topics", Tally.ranked(dispute.get("topics", Document.class), "topic", LISTED))
                .append("timeline", timeline(dispute.get("timeline", new Document()), codes))
                .append("articles", articles.stream().map(d -> d.getString("id")).sorted().limit(LISTED * 10L).toList())
                .append("evidence", ArticleEvidence.describe(views, articles.stream().limit(LISTED).toList()));
        return JsonDocuments.toJson(view, Set.of());
    }

    private static List<Document> timeline(Document days, String[] codes) {
        List<Document> series = new ArrayList<>();
        new TreeMap<>(days).forEach((day, value) -> {
            Document entry = (Document) value;
            List<Document> perSide = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Document side = entry.get(i == 0 ? "a" : "b", new Document());
                int count = side.getInteger("count", 0);
                perSide.add(new Document("side", codes[i]).append("count", count)
                        .append("countsByType", side.get("countsByType", new Document()))
                        .append("tone", count == 0 ? null : Math.round(side.getInteger("stanceMilli", 0) / (double) count) / 1000.0));
            }
            series.add(new Document("day", Keys.decode(day)).append("sides", perSide));
        });
        return series;
    }

    /** Which of the candidate pairs are disputes now, from the dispute index. */
    public static Set<String> existing(ViewCollections views, Collection<String> candidates) {
        Set<String> existing = new HashSet<>();
        if (!candidates.isEmpty()) {
            views.disputeIndex().find(Filters.in("_id", candidates)).forEach(d -> existing.add(d.getString("_id")));
        }
        return existing;
    }
}
