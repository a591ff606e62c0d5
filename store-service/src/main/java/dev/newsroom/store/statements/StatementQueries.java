package dev.newsroom.store.statements;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.newsroom.store.disputes.DisputeQueries;
import dev.newsroom.store.views.ViewCollections;
import dev.newsroom.store.views.ViewStore;
import dev.newsroom.store.web.JsonDocuments;
import dev.newsroom.store.web.Page;
import dev.newsroom.store.web.PageRequest;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Reads statements, newest first. */
@Component
public class StatementQueries {

    private static final Set<String> INTERNAL = Set.of("live", "pairs", "conflictual", "declaredDisputes");

    private final ViewStore viewStore;

    public StatementQueries(ViewStore viewStore) {
        this.viewStore = viewStore;
    }

    public Page find(StatementFilter filter, PageRequest request) {
        return find(filter, request, OptionalLong.empty());
    }

    /**
     * @param knownTotal how many statements match, when the caller knows it from a view document; otherwise they are
     *                   counted, which on the embedded store is a second pass over every statement
     */
    public Page find(StatementFilter filter, PageRequest request, OptionalLong knownTotal) {
        ViewCollections views = viewStore.live();
        if (filter.dispute() != null && DisputeQueries.existing(views, List.of(filter.dispute())).isEmpty()) {
            return Page.of(List.of(), request, 0);
        }
        Bson query = query(filter);
        List<Document> found = views.statements().find(query)
                .sort(Sorts.orderBy(Sorts.descending("when"), Sorts.ascending("_id")))
                .skip(request.skip()).limit(request.size())
                .into(new ArrayList<>());
        long total = found.size() < request.size() && request.page() == 1 ? found.size()
                : knownTotal.orElseGet(() -> views.statements().countDocuments(query));
        return Page.of(toJson(views, found), request, total);
    }

    /** Statements with {@code disputes} set to the disputes they belong to now. */
    public static List<Map<String, Object>> toJson(ViewCollections views, List<Document> statements) {
        Set<String> candidates = new HashSet<>();
        statements.forEach(s -> candidates.addAll(s.getList("pairs", String.class)));
        Set<String> disputes = DisputeQueries.existing(views, candidates);
        return statements.stream().map(s -> {
            Map<String, Object> json = JsonDocuments.toJson(s, INTERNAL);
            json.put("disputes", s.getList("pairs", String.class).stream().filter(disputes::contains).toList());
            return json;
        }).toList();
    }

    private static Bson query(StatementFilter filter) {
        List<Bson> clauses = new ArrayList<>();
        clauses.add(Filters.eq("live", true));
        if (filter.actor() != null) {
            clauses.add(Filters.eq("speaker.id", filter.actor()));
        }
        if (filter.target() != null) {
            clauses.add(Filters.eq("targetIds", filter.target()));
        }
        if (filter.dispute() != null) {
            clauses.add(Filters.eq("pairs", filter.dispute()));
        }
        if (filter.type() != null) {
            clauses.add(Filters.eq("type", filter.type().name()));
        }
        if (filter.from() != null) {
            clauses.add(Filters.gte("when", Date.from(filter.from())));
        }
        if (filter.to() != null) {
            clauses.add(Filters.lt("when", Date.from(filter.to())));
        }
        if (filter.article() != null) {
            clauses.add(Filters.eq("articleId", filter.article()));
        }
        return Filters.and(clauses);
    }
}
