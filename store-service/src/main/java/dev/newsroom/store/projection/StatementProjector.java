package dev.newsroom.store.projection;

import static dev.newsroom.store.views.Keys.encode;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.store.actors.ActorView;
import dev.newsroom.store.disputes.DisputeView;
import dev.newsroom.store.views.StatementSummaries;
import dev.newsroom.store.views.ViewCollections;
import dev.newsroom.store.views.ViewUpdate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Projects a batch of statement events.
 * <ol>
 *   <li>Each statement document is replaced when the event is newer than what is stored (article version, then
 *       event id), so a repeated or stale event changes nothing.</li>
 *   <li>A statement that becomes live adds its contribution ({@link ViewUpdate}) to the actor, dispute and article
 *       documents it reaches. Contributions commute, so any order and any batching gives the same documents.</li>
 *   <li>A live statement that changes or is retracted makes the documents it reached be recomputed from all
 *       their live statements, folding the same contributions.</li>
 * </ol>
 * The whole batch is applied in memory: every document it touches is read once by id and written once, with one
 * bulk write per collection, so the cost of a batch follows the documents it touches, not its events.
 * Before touching anything a batch records the documents it will touch in {@code batches}; the record is removed
 * when the batch is done. A batch cut short by a crash leaves its record, and the next batch first recomputes
 * those documents, so redelivered events (now no-ops) cannot leave a view short.
 */
public class StatementProjector {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final UpdateOptions UPSERT_UPDATE = new UpdateOptions().upsert(true);
    private static final int LOOKUP_LOT = 1000;

    private final ActorView actorView;
    private final DisputeView disputeView;
    private final WrittenDocuments written;

    /** @param cachedDocuments how many of the actor and dispute documents it wrote last the projector keeps */
    public StatementProjector(ActorView actorView, DisputeView disputeView, int cachedDocuments) {
        this.actorView = actorView;
        this.disputeView = disputeView;
        this.written = new WrittenDocuments(cachedDocuments);
    }

    /**
     * Forgets what it wrote to {@code generation}, which is empty again: a generation a rebuild abandoned has its
     * number, and so its collection names, given to the next one.
     */
    public void forget(ViewCollections generation) {
        written.forget(List.of(generation.actors(), generation.disputes()));
    }

    /** @return how many statement documents changed */
    public int project(List<StatementEvent> events, ViewCollections views) {
        try {
            return projectBatch(events, views);
        } catch (RuntimeException e) {
            written.clear();
            throw e;
        }
    }

    private int projectBatch(List<StatementEvent> events, ViewCollections views) {
        recoverInterruptedBatches(views);
        if (events.isEmpty()) {
            return 0;
        }
        // Most events are about statements never seen: they are inserted outright, without looking them up. Only
        // those the insert finds stored already are read and projected again against what is stored.
        Batch batch = fold(events, Map.of());
        Object marker = UUID.randomUUID().toString();
        record(views, marker, batch);
        Set<String> stored = insertNew(views.statements(), List.copyOf(batch.changed.values()));
        if (!stored.isEmpty()) {
            batch = fold(events, byId(views.statements(), stored));
            record(views, marker, batch);
            replace(views.statements(), batch.changed, stored);
        }
        batch.actorUpdates.keySet().removeAll(batch.dirtyActors);
        batch.disputeUpdates.keySet().removeAll(batch.dirtyDisputes);
        applyUpdates(actors(views), batch.actorUpdates);
        applyUpdates(disputes(views), batch.disputeUpdates);
        applyArticlePositions(views, batch.articlePositions);
        recomputeActors(views, batch.dirtyActors);
        recomputeDisputes(views, batch.dirtyDisputes);
        views.batches().deleteOne(Filters.eq("_id", marker));
        return batch.changed.size();
    }

    /** The statements {@code events} change, given the {@code stored} ones, and what that does to the views. */
    private Batch fold(List<StatementEvent> events, Map<String, Document> stored) {
        Map<String, Document> current = new HashMap<>(stored);
        var batch = new Batch();
        for (StatementEvent event : events) {
            Document before = current.get(event.getStatementId());
            if (before != null && !StatementDocuments.supersedes(event, before)) {
                continue;
            }
            Document next = StatementDocuments.apply(event, before);
            current.put(event.getStatementId(), next);
            batch.add(before, next);
        }
        return batch;
    }

    /** Records the documents a batch will touch, before it touches them. */
    private static void record(ViewCollections views, Object marker, Batch batch) {
        views.batches().replaceOne(Filters.eq("_id", marker), new Document("_id", marker)
                .append("actors", List.copyOf(batch.touchedActors()))
                .append("disputes", List.copyOf(batch.touchedDisputes()))
                .append("articles", List.copyOf(batch.articlePositions.keySet())), UPSERT);
    }

    /** Inserts the statements not stored yet; @return the ids of those that were stored already */
    private static Set<String> insertNew(MongoCollection<Document> statements, List<Document> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        try {
            statements.insertMany(documents, new InsertManyOptions().ordered(false));
            return Set.of();
        } catch (MongoBulkWriteException e) {
            Set<String> stored = new HashSet<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                stored.add(documents.get(error.getIndex()).getString("_id"));
            }
            return stored;
        }
    }

    private static void replace(MongoCollection<Document> statements, Map<String, Document> changed, Set<String> stored) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        changed.forEach((id, document) -> {
            if (stored.contains(id)) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), document));
            }
        });
        if (!writes.isEmpty()) {
            statements.bulkWrite(writes);
        }
    }

    private void recoverInterruptedBatches(ViewCollections views) {
        Set<String> actors = new TreeSet<>();
        Set<String> disputes = new TreeSet<>();
        Set<String> articles = new TreeSet<>();
        List<Object> markers = new ArrayList<>();
        for (Document marker : views.batches().find()) {
            markers.add(marker.get("_id"));
            actors.addAll(marker.getList("actors", String.class));
            disputes.addAll(marker.getList("disputes", String.class));
            articles.addAll(marker.getList("articles", String.class));
        }
        if (markers.isEmpty()) {
            return;
        }
        recomputeActors(views, actors);
        recomputeDisputes(views, disputes);
        recomputeArticlePositions(views, articles);
        views.batches().deleteMany(Filters.in("_id", markers));
    }

    /** Reads documents by id, in lots that keep each query small. */
    private static Map<String, Document> byId(MongoCollection<Document> collection, Set<String> ids) {
        Map<String, Document> documents = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += LOOKUP_LOT) {
            collection.find(Filters.in("_id", all.subList(from, Math.min(all.size(), from + LOOKUP_LOT))))
                    .forEach(d -> documents.put(d.getString("_id"), d));
        }
        return documents;
    }

    /**
     * A view collection, how its documents are completed, and its index: a small document derived from each view
     * document (or none), for pages that need that little about many documents at once.
     */
    private record View(MongoCollection<Document> documents, UnaryOperator<Document> complete,
                        MongoCollection<Document> index, Function<Document, Document> indexEntry) {
    }

    private static View actors(ViewCollections views) {
        return new View(views.actors(), ActorView::withDerivedFields, views.actorCards(), ActorView::card);
    }

    private static View disputes(ViewCollections views) {
        return new View(views.disputes(), UnaryOperator.identity(), views.disputeIndex(), DisputeView::indexEntry);
    }

    /** Adds the contributions to the stored documents in memory and writes each changed document once. */
    private void applyUpdates(View view, Map<String, ViewUpdate> updates) {
        if (updates.isEmpty()) {
            return;
        }
        Map<String, Document> stored = written.get(view.documents(), updates.keySet());
        Set<String> notCached = new HashSet<>(updates.keySet());
        notCached.removeAll(stored.keySet());
        stored.putAll(byId(view.documents(), notCached));
        Map<String, Document> before = new HashMap<>();
        Map<String, Document> next = new LinkedHashMap<>();
        updates.forEach((id, update) -> {
            Document document = stored.containsKey(id) ? stored.get(id) : new Document("_id", id);
            before.put(id, stored.containsKey(id) ? view.indexEntry().apply(document) : null);
            update.applyTo(document);
            next.put(id, view.complete().apply(document));
        });
        write(view.documents(), next, stored.keySet());
        updateIndex(view, before, next);
        written.written(view.documents(), next);
    }

    /**
     * Writes the index entries that differ from {@code before} (null: not known, write them all) and deletes those of
     * documents that are gone or have none.
     */
    private static void updateIndex(View view, Map<String, Document> before, Map<String, Document> after) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        after.forEach((id, document) -> {
            Document entry = document == null ? null : view.indexEntry().apply(document);
            if (before != null && Objects.equals(before.get(id), entry)) {
                return;
            }
            writes.add(entry == null
                    ? new DeleteOneModel<>(Filters.eq("_id", id))
                    : new ReplaceOneModel<>(Filters.eq("_id", id), entry, UPSERT));
        });
        if (!writes.isEmpty()) {
            view.index().bulkWrite(writes);
        }
    }

    /** Inserts the documents that are not stored yet and replaces the others: one bulk write. */
    private static void write(MongoCollection<Document> collection, Map<String, Document> documents, Set<String> stored) {
        collection.bulkWrite(documents.entrySet().stream()
                .<WriteModel<Document>>map(e -> stored.contains(e.getKey())
                        ? new ReplaceOneModel<>(Filters.eq("_id", e.getKey()), e.getValue())
                        : new InsertOneModel<>(e.getValue()))
                .toList());
    }

    private static void applyArticlePositions(ViewCollections views, Map<String, Map<String, Integer>> positions) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        positions.forEach((articleId, byStatement) -> {
            Document set = new Document();
            Document unset = new Document();
            byStatement.forEach((statementId, start) -> {
                String path = "statementPositions." + encode(statementId);
                if (start == null) {
                    unset.append(path, "");
                } else {
                    set.append(path, start);
                }
            });
            Document update = new Document();
            if (!set.isEmpty()) {
                update.append("$set", set);
            }
            if (!unset.isEmpty()) {
                update.append("$unset", unset);
            }
            writes.add(new UpdateOneModel<>(Filters.eq("_id", articleId), update, UPSERT_UPDATE));
        });
        if (!writes.isEmpty()) {
            views.articles().bulkWrite(writes);
        }
    }

    private void recomputeActors(ViewCollections views, Set<String> actorIds) {
        if (actorIds.isEmpty()) {
            return;
        }
        recompute(actors(views), actorIds, live(views, Filters.in("speaker.id", actorIds), Filters.in("targetIds", actorIds)),
                s -> {
                    Set<String> ids = new LinkedHashSet<>();
                    ids.add(s.get("speaker", Document.class).getString("id"));
                    ids.addAll(s.getList("targetIds", String.class));
                    return ids;
                },
                actorView::contribution);
    }

    private void recomputeDisputes(ViewCollections views, Set<String> disputeIds) {
        if (disputeIds.isEmpty()) {
            return;
        }
        recompute(disputes(views), disputeIds, live(views, Filters.in("pairs", disputeIds)),
                s -> new LinkedHashSet<>(s.getList("pairs", String.class)), disputeView::contribution);
    }

    /** The live statements matching any of {@code filters}, in time order: one query each, so each can use an index. */
    private static List<Document> live(ViewCollections views, Bson... filters) {
        Map<String, Document> byId = new HashMap<>();
        for (Bson filter : filters) {
            views.statements().find(Filters.and(Filters.eq("live", true), filter)).forEach(s -> byId.putIfAbsent(s.getString("_id"), s));
        }
        List<Document> statements = new ArrayList<>(byId.values());
        statements.sort(StatementSummaries.CHRONOLOGICAL);
        return statements;
    }

    private void recompute(View view, Set<String> ids, List<Document> statements, Function<Document, Set<String>> keysOf,
                                  BiFunction<String, Document, ViewUpdate> contribution) {
        Map<String, Document> documents = new TreeMap<>();
        for (Document statement : statements) {
            for (String id : keysOf.apply(statement)) {
                if (ids.contains(id)) {
                    contribution.apply(id, statement).applyTo(documents.computeIfAbsent(id, k -> new Document("_id", k)));
                }
            }
        }
        Map<String, Document> after = new TreeMap<>();
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (String id : ids) {
            Document document = documents.get(id);
            if (document == null) {
                writes.add(new DeleteOneModel<>(Filters.eq("_id", id)));
                after.put(id, null);
            } else {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), view.complete().apply(document), UPSERT));
                after.put(id, document);
            }
        }
        view.documents().bulkWrite(writes);
        updateIndex(view, null, after);
        written.written(view.documents(), after);
    }

    private static void recomputeArticlePositions(ViewCollections views, Set<String> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        Map<String, Document> positions = new TreeMap<>();
        articleIds.forEach(id -> positions.put(id, new Document()));
        for (Document s : views.statements().find(Filters.and(Filters.eq("live", true), Filters.in("articleId", articleIds)))) {
            positions.get(s.getString("articleId")).append(encode(s.getString("_id")), s.get("content", Document.class).getInteger("start"));
        }
        views.articles().bulkWrite(positions.entrySet().stream()
                .<WriteModel<Document>>map(e -> new UpdateOneModel<>(Filters.eq("_id", e.getKey()),
                        new Document("$set", new Document("statementPositions", e.getValue())), UPSERT_UPDATE))
                .toList());
    }

    /** What a batch changes: contributions to add, documents to recompute, statement positions per article. */
    private final class Batch {
        final Map<String, Document> changed = new LinkedHashMap<>();
        final Map<String, ViewUpdate> actorUpdates = new TreeMap<>();
        final Map<String, ViewUpdate> disputeUpdates = new TreeMap<>();
        final Set<String> dirtyActors = new TreeSet<>();
        final Set<String> dirtyDisputes = new TreeSet<>();
        final Map<String, Map<String, Integer>> articlePositions = new TreeMap<>();

        void add(Document stored, Document next) {
            changed.put(next.getString("_id"), next);
            boolean wasLive = stored != null && stored.getBoolean("live", false);
            boolean isLive = next.getBoolean("live", false);
            if (wasLive) {
                dirtyActors.addAll(actorsOf(stored));
                dirtyDisputes.addAll(stored.getList("pairs", String.class));
                position(stored, null);
            }
            if (isLive) {
                if (wasLive) {
                    dirtyActors.addAll(actorsOf(next));
                    dirtyDisputes.addAll(next.getList("pairs", String.class));
                } else {
                    for (String actor : actorsOf(next)) {
                        actorUpdates.computeIfAbsent(actor, a -> new ViewUpdate()).merge(actorView.contribution(actor, next));
                    }
                    for (String pair : next.getList("pairs", String.class)) {
                        disputeUpdates.computeIfAbsent(pair, p -> new ViewUpdate()).merge(disputeView.contribution(pair, next));
                    }
                }
                position(next, next.get("content", Document.class).getInteger("start"));
            }
        }

        private void position(Document statement, Integer start) {
            articlePositions.computeIfAbsent(statement.getString("articleId"), a -> new TreeMap<>())
                    .put(statement.getString("_id"), start);
        }

        Set<String> touchedActors() {
            Set<String> all = new TreeSet<>(actorUpdates.keySet());
            all.addAll(dirtyActors);
            return all;
        }

        Set<String> touchedDisputes() {
            Set<String> all = new TreeSet<>(disputeUpdates.keySet());
            all.addAll(dirtyDisputes);
            return all;
        }

        private static Set<String> actorsOf(Document statement) {
            Set<String> ids = new LinkedHashSet<>();
            ids.add(statement.get("speaker", Document.class).getString("id"));
            ids.addAll(statement.getList("targetIds", String.class));
            return ids;
        }
    }
}
