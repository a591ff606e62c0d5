package dev.newsroom.store.disputes;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
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
import org.bson.Document;
import org.springframework.stereotype.Component;

/** Reads dispute documents. */
@Component
public class DisputeQueries {

    private final ViewStore viewStore;

    public DisputeQueries(ViewStore viewStore) {
        this.viewStore = viewStore;
    }

    public Page list(PageRequest request) {
        ViewCollections views = viewStore.live();
        List<Map<String, Object>> items = new ArrayList<>();
        views.disputes().find()
                .projection(Projections.exclude("timeline", "articles"))
                .sort(Sorts.orderBy(Sorts.descending("statementCount"), Sorts.ascending("_id")))
                .skip(request.skip()).limit(request.size())
                .forEach(d -> items.add(listItem(d)));
        return Page.of(items, request, views.disputes().countDocuments());
    }

    private static Map<String, Object> listItem(Document dispute) {
        List<Document> sides = dispute.getList("sides", Document.class);
        sides.forEach(side -> side.remove("statements"));
        return JsonDocuments.toJson(dispute, Set.of());
    }

    public Map<String, Object> get(String id) {
        Document dispute = viewStore.live().disputes().find(Filters.eq("_id", id)).first();
        if (dispute == null) {
            throw new NotFoundException("dispute", id);
        }
        return JsonDocuments.toJson(dispute, Set.of());
    }

    /** Which of the candidate pairs are disputes now. */
    public static Set<String> existing(ViewCollections views, Collection<String> candidates) {
        Set<String> existing = new HashSet<>();
        if (!candidates.isEmpty()) {
            views.disputes().find(Filters.in("_id", candidates)).projection(Projections.include("_id"))
                    .forEach(d -> existing.add(d.getString("_id")));
        }
        return existing;
    }
}
