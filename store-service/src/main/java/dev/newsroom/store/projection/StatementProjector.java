package dev.newsroom.store.projection;

import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.store.actors.ActorViewBuilder;
import dev.newsroom.store.articles.ArticleViewBuilder;
import dev.newsroom.store.disputes.DisputeViewBuilder;
import dev.newsroom.store.views.StatementSummaries;
import dev.newsroom.store.views.ViewCollections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Projects a batch of statement events. First each statement document is replaced when the event is newer than
 * what is stored (article version, then event id), so repeated or stale events change nothing. Then every actor,
 * dispute and article the batch touched is recomputed from the live statements: the views are a function of the
 * {@code statements} collection and therefore identical however often, and in whatever batches, events arrive.
 */
public class StatementProjector {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final ActorViewBuilder actorBuilder;
    private final DisputeViewBuilder disputeBuilder;

    public StatementProjector(ActorViewBuilder actorBuilder, DisputeViewBuilder disputeBuilder) {
        this.actorBuilder = actorBuilder;
        this.disputeBuilder = disputeBuilder;
    }

    /** @return how many statement documents changed */
    public int project(List<StatementEvent> events, ViewCollections views) {
        if (events.isEmpty()) {
            return 0;
        }
        Map<String, Document> current = load(events, views);
        Map<String, Document> changed = new LinkedHashMap<>();
        var affected = new Affected();
        for (StatementEvent event : events) {
            Document stored = current.get(event.getStatementId());
            affected.add(stored);
            if (stored == null || StatementDocuments.supersedes(event, stored)) {
                Document next = StatementDocuments.apply(event, stored);
                current.put(event.getStatementId(), next);
                changed.put(event.getStatementId(), next);
                affected.add(next);
            }
            affected.articles.add(event.getArticleId());
        }
        if (!changed.isEmpty()) {
            views.statements().bulkWrite(changed.values().stream()
                    .<WriteModel<Document>>map(d -> new ReplaceOneModel<>(Filters.eq("_id", d.get("_id")), d, UPSERT))
                    .toList());
        }
        recompute(affected, views);
        return changed.size();
    }

    private static Map<String, Document> load(List<StatementEvent> events, ViewCollections views) {
        Set<String> ids = new LinkedHashSet<>();
        events.forEach(e -> ids.add(e.getStatementId()));
        Map<String, Document> current = new HashMap<>();
        views.statements().find(Filters.in("_id", ids)).forEach(d -> current.put(d.getString("_id"), d));
        return current;
    }

    private void recompute(Affected affected, ViewCollections views) {
        List<Bson> clauses = new ArrayList<>();
        if (!affected.actors.isEmpty()) {
            clauses.add(Filters.in("speaker.id", affected.actors));
            clauses.add(Filters.in("targetIds", affected.actors));
        }
        if (!affected.disputes.isEmpty()) {
            clauses.add(Filters.in("pairs", affected.disputes));
        }
        clauses.add(Filters.in("articleId", affected.articles));
        List<Document> statements = views.statements()
                .find(Filters.and(Filters.eq("live", true), Filters.or(clauses)))
                .into(new ArrayList<>());
        statements.sort(StatementSummaries.CHRONOLOGICAL);

        Map<String, List<Document>> byActor = group(affected.actors);
        Map<String, List<Document>> byDispute = group(affected.disputes);
        Map<String, List<Document>> byArticle = group(affected.articles);
        for (Document s : statements) {
            Set<String> actors = new LinkedHashSet<>();
            actors.add(s.get("speaker", Document.class).getString("id"));
            actors.addAll(s.getList("targetIds", String.class));
            actors.forEach(id -> addIfAffected(byActor, id, s));
            s.getList("pairs", String.class).forEach(id -> addIfAffected(byDispute, id, s));
            addIfAffected(byArticle, s.getString("articleId"), s);
        }

        List<WriteModel<Document>> actorWrites = new ArrayList<>();
        byActor.forEach((id, list) -> actorWrites.add(replaceOrDelete(id, actorBuilder.build(id, list))));
        List<WriteModel<Document>> disputeWrites = new ArrayList<>();
        byDispute.forEach((id, list) -> disputeWrites.add(replaceOrDelete(id, disputeBuilder.build(id, list))));
        List<WriteModel<Document>> articleWrites = new ArrayList<>();
        byArticle.forEach((id, list) -> articleWrites.add(new UpdateOneModel<>(Filters.eq("_id", id),
                new Document("$set", ArticleViewBuilder.statementFields(list)), new UpdateOptions().upsert(true))));
        if (!actorWrites.isEmpty()) {
            views.actors().bulkWrite(actorWrites);
        }
        if (!disputeWrites.isEmpty()) {
            views.disputes().bulkWrite(disputeWrites);
        }
        views.articles().bulkWrite(articleWrites);
    }

    private static Map<String, List<Document>> group(Set<String> keys) {
        Map<String, List<Document>> groups = new TreeMap<>();
        keys.forEach(k -> groups.put(k, new ArrayList<>()));
        return groups;
    }

    private static void addIfAffected(Map<String, List<Document>> groups, String key, Document statement) {
        List<Document> list = groups.get(key);
        if (list != null) {
            list.add(statement);
        }
    }

    private static WriteModel<Document> replaceOrDelete(String id, Document doc) {
        return doc == null
                ? new DeleteOneModel<>(Filters.eq("_id", id))
                : new ReplaceOneModel<>(Filters.eq("_id", id), doc, UPSERT);
    }

    /** The actors, disputes and articles whose documents a batch may have changed. */
    private static final class Affected {
        final Set<String> actors = new LinkedHashSet<>();
        final Set<String> disputes = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();

        void add(Document statement) {
            if (statement == null) {
                return;
            }
            articles.add(statement.getString("articleId"));
            Document speaker = statement.get("speaker", Document.class);
            if (speaker == null) {
                return; // a tombstone of a statement never seen
            }
            actors.add(speaker.getString("id"));
            actors.addAll(statement.getList("targetIds", String.class));
            disputes.addAll(statement.getList("pairs", String.class));
        }
    }
}
