package dev.newsroom.store.actors;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.newsroom.events.ActorKind;
import dev.newsroom.events.StatementType;
import dev.newsroom.store.disputes.DisputeQueries;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Reads actor documents and presents their counts as ranked lists. */
@Component
public class ActorQueries {

    private static final int LISTED = 50;

    private final ViewStore viewStore;

    public ActorQueries(ViewStore viewStore) {
        this.viewStore = viewStore;
    }

    /**
     * Actors whose name or an alias contains {@code q} (literally, any case): those with a name or alias equal to
     * {@code q} first, then the others; most statements first within each.
     */
    public Page search(String q, String side, ActorKind kind, PageRequest request) {
        List<Bson> clauses = new ArrayList<>();
        if (side != null) {
            clauses.add(Filters.eq("side", side));
        }
        if (kind != null) {
            clauses.add(Filters.eq("kind", kind.name()));
        }
        ViewCollections views = viewStore.live();
        if (q == null) {
            Bson query = clauses.isEmpty() ? new Document() : Filters.and(clauses);
            return Page.of(find(views, query, request.skip(), request.size()), request, views.actors().countDocuments(query));
        }
        List<Bson> exactClauses = new ArrayList<>(clauses);
        exactClauses.add(Filters.regex("searchNames", literal("^" + Pattern.quote(q) + "$")));
        List<Bson> containsClauses = new ArrayList<>(clauses);
        containsClauses.add(Filters.regex("searchNames", literal(Pattern.quote(q))));
        Bson exact = Filters.and(exactClauses);
        List<String> exactIds = new ArrayList<>();
        views.actors().find(exact).projection(Projections.include("_id")).forEach(d -> exactIds.add(d.getString("_id")));
        Bson others = Filters.and(Filters.and(containsClauses), Filters.nin("_id", exactIds));
        List<Map<String, Object>> items = new ArrayList<>();
        if (request.skip() < exactIds.size()) {
            items.addAll(find(views, exact, request.skip(), request.size()));
        }
        int remaining = request.size() - items.size();
        if (remaining > 0) {
            items.addAll(find(views, others, Math.max(0, request.skip() - exactIds.size()), remaining));
        }
        return Page.of(items, request, exactIds.size() + views.actors().countDocuments(others));
    }

    private static Pattern literal(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static List<Map<String, Object>> find(ViewCollections views, Bson query, int skip, int limit) {
        List<Map<String, Object>> items = new ArrayList<>();
        views.actors().find(query)
                .projection(Projections.include("name", "kind", "side", "statementCount", "targetedCount",
                        "countsByType", "firstSeen", "lastSeen"))
                .sort(Sorts.orderBy(Sorts.descending("statementCount"), Sorts.descending("targetedCount"), Sorts.ascending("_id")))
                .skip(skip).limit(limit)
                .forEach(d -> {
                    d.putIfAbsent("statementCount", 0);
                    d.putIfAbsent("targetedCount", 0);
                    d.putIfAbsent("countsByType", new Document());
                    items.add(JsonDocuments.toJson(d, Set.of()));
                });
        return items;
    }

    /** The actor: names and aliases with counts, roles with articles, counts, targets, disputes, latest statements. */
    public Map<String, Object> get(String id) {
        ViewCollections views = viewStore.live();
        Document actor = views.actors().find(Filters.eq("_id", id)).first();
        if (actor == null) {
            throw new NotFoundException("actor", id);
        }
        List<Document> recent = actor.getList("recentStatements", Document.class, List.of());
        Document recentByType = actor.get("recentStatementsByType", new Document());
        Set<String> referenced = new HashSet<>();
        recent.forEach(r -> referenced.add(r.getString("id")));
        recentByType.keySet().forEach(type -> recentByType.getList(type, Document.class).forEach(r -> referenced.add(r.getString("id"))));
        Map<String, Document> summaries = StatementSummaries.summaries(views, referenced);
        Document summariesByType = new Document();
        recentByType.keySet().forEach(type -> summariesByType.append(type,
                StatementSummaries.resolve(recentByType.getList(type, Document.class), summaries)));
        List<Document> candidates = Tally.ranked(actor.get("disputeCandidates", Document.class), "id", Integer.MAX_VALUE);
        Set<String> disputes = DisputeQueries.existing(views, candidates.stream().map(d -> d.getString("id")).toList());
        Document view = new Document("_id", id)
                .append("name", actor.getString("name"))
                .append("kind", actor.getString("kind"))
                .append("side", actor.getString("side"))
                .append("names", Tally.ranked(actor.get("names", Document.class), "name", LISTED))
                .append("aliases", Tally.ranked(actor.get("aliases", Document.class), "alias", LISTED))
                .append("affiliations", Tally.ranked(actor.get("affiliations", Document.class), "affiliation", LISTED))
                .append("roles", roles(actor.get("roles", Document.class)))
                .append("statementCount", actor.getInteger("statementCount", 0))
                .append("targetedCount", actor.getInteger("targetedCount", 0))
                .append("countsByType", actor.get("countsByType", new Document()))
                .append("targets", ActorNames.describe(views, Tally.ranked(actor.get("targets", Document.class), "id", LISTED)))
                .append("targetedBy", ActorNames.describe(views, Tally.ranked(actor.get("targetedBy", Document.class), "id", LISTED)))
                .append("disputes", candidates.stream().filter(d -> disputes.contains(d.getString("id"))).limit(LISTED).toList())
                .append("firstSeen", actor.getDate("firstSeen"))
                .append("lastSeen", actor.getDate("lastSeen"))
                .append("evidence", ArticleEvidence.ofSpeaker(views, id, LISTED))
                .append("recentStatements", StatementSummaries.resolve(recent, summaries))
                .append("recentStatementsByType", summariesByType);
        return JsonDocuments.toJson(view, Set.of());
    }

    private static List<Document> roles(Document roles) {
        if (roles == null) {
            return List.of();
        }
        Map<String, Document> byRole = new java.util.TreeMap<>();
        roles.forEach((role, articles) -> {
            List<String> ids = Tally.ranked((Document) articles, "id", Integer.MAX_VALUE).stream()
                    .map(d -> d.getString("id")).sorted().toList();
            if (!ids.isEmpty()) {
                byRole.put(Keys.decode(role), new Document("role", Keys.decode(role)).append("articles", ids));
            }
        });
        return List.copyOf(new LinkedHashMap<>(byRole).values());
    }

    /** How many live statements the actor made, of {@code type} or of any type when it is null. */
    public long statementCount(String id, StatementType type) {
        Document actor = viewStore.live().actors().find(Filters.eq("_id", id))
                .projection(Projections.include("statementCount", "countsByType")).first();
        if (actor == null) {
            throw new NotFoundException("actor", id);
        }
        return type == null ? actor.getInteger("statementCount", 0)
                : actor.get("countsByType", new Document()).getInteger(type.name(), 0);
    }
}
