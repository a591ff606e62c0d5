package dev.newsroom.store.actors;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.newsroom.events.ActorKind;
import dev.newsroom.store.disputes.DisputeQueries;
import dev.newsroom.store.views.ViewCollections;
import dev.newsroom.store.views.ViewStore;
import dev.newsroom.store.web.JsonDocuments;
import dev.newsroom.store.web.NotFoundException;
import dev.newsroom.store.web.Page;
import dev.newsroom.store.web.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Reads actor documents. */
@Component
public class ActorQueries {

    private final ViewStore viewStore;

    public ActorQueries(ViewStore viewStore) {
        this.viewStore = viewStore;
    }

    /** Actors whose name or an alias contains {@code q} (literally, any case), most statements first. */
    public Page search(String q, String side, ActorKind kind, PageRequest request) {
        List<Bson> clauses = new ArrayList<>();
        if (q != null) {
            Pattern literal = Pattern.compile(Pattern.quote(q), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            clauses.add(Filters.or(Filters.regex("names.name", literal), Filters.regex("aliases.alias", literal)));
        }
        if (side != null) {
            clauses.add(Filters.eq("side", side));
        }
        if (kind != null) {
            clauses.add(Filters.eq("kind", kind.name()));
        }
        Bson query = clauses.isEmpty() ? new Document() : Filters.and(clauses);
        ViewCollections views = viewStore.live();
        List<Map<String, Object>> items = new ArrayList<>();
        views.actors().find(query)
                .projection(Projections.include("name", "kind", "side", "statementCount", "targetedCount",
                        "countsByType", "articleCount", "firstSeen", "lastSeen"))
                .sort(Sorts.orderBy(Sorts.descending("statementCount"), Sorts.descending("targetedCount"), Sorts.ascending("_id")))
                .skip(request.skip()).limit(request.size())
                .forEach(d -> items.add(JsonDocuments.toJson(d, Set.of())));
        return Page.of(items, request, views.actors().countDocuments(query));
    }

    /** The actor with {@code disputes}: the candidate pairs that are disputes now. */
    public Map<String, Object> get(String id) {
        ViewCollections views = viewStore.live();
        Document actor = views.actors().find(Filters.eq("_id", id)).first();
        if (actor == null) {
            throw new NotFoundException("actor", id);
        }
        List<Document> candidates = actor.getList("disputeCandidates", Document.class);
        Set<String> existing = DisputeQueries.existing(views, candidates.stream().map(d -> d.getString("id")).toList());
        Map<String, Object> json = JsonDocuments.toJson(actor, Set.of("disputeCandidates"));
        json.put("disputes", candidates.stream().filter(d -> existing.contains(d.getString("id")))
                .map(d -> JsonDocuments.toJson(d, Set.of())).toList());
        return json;
    }

    public boolean exists(String id) {
        return viewStore.live().actors().find(Filters.eq("_id", id)).projection(Projections.include("_id")).first() != null;
    }
}
