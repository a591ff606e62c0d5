package dev.newsroom.store.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * The change one or more statements make to one view document: counters, earliest/latest instants, set fields,
 * and bounded lists kept in a fixed order (newest first, at most a limit). Every operation is commutative, so adding
 * statements in any order and any batches gives the same document, and a document recomputed from all its
 * statements equals the incrementally built one.
 */
public final class ViewUpdate {

    /** A bounded list: newest first by {@code when}, then by {@code id}, at most {@code limit} entries. */
    private record BoundedList(List<Document> items, int limit) {
    }

    /** Undated items (no {@code when}) come last. */
    private static final Comparator<Document> NEWEST_FIRST = Comparator
            .<Document, Date>comparing(d -> d.getDate("when"), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(d -> d.getString("id")).reversed();

    private final Map<String, Integer> inc = new LinkedHashMap<>();
    private final Map<String, Date> min = new LinkedHashMap<>();
    private final Map<String, Date> max = new LinkedHashMap<>();
    private final Map<String, Object> set = new LinkedHashMap<>();
    private final Map<String, BoundedList> push = new LinkedHashMap<>();

    public ViewUpdate inc(String path, int by) {
        inc.merge(path, by, Integer::sum);
        return this;
    }

    /** Keeps the earlier date at {@code path}; a null value (an undated statement) changes nothing. */
    public ViewUpdate min(String path, Date value) {
        if (value == null) {
            return this;
        }
        min.merge(path, value, (a, b) -> a.before(b) ? a : b);
        return this;
    }

    /** Keeps the later date at {@code path}; a null value (an undated statement) changes nothing. */
    public ViewUpdate max(String path, Date value) {
        if (value == null) {
            return this;
        }
        max.merge(path, value, (a, b) -> a.after(b) ? a : b);
        return this;
    }

    public ViewUpdate set(String path, Object value) {
        set.put(path, value);
        return this;
    }

    /** Adds {@code item} (with {@code id} and {@code when}) to the list at {@code path}, keeping the newest {@code limit}. */
    public ViewUpdate pushNewest(String path, Document item, int limit) {
        push.computeIfAbsent(path, p -> new BoundedList(new ArrayList<>(), limit)).items().add(item);
        return this;
    }

    public ViewUpdate merge(ViewUpdate other) {
        other.inc.forEach(this::inc);
        other.min.forEach(this::min);
        other.max.forEach(this::max);
        set.putAll(other.set);
        other.push.forEach((path, list) -> list.items().forEach(item -> pushNewest(path, item, list.limit())));
        return this;
    }

    /** Performs the operations on {@code document}. */
    public void applyTo(Document document) {
        inc.forEach((path, by) -> {
            Document parent = parent(document, path);
            String leaf = leaf(path);
            Integer current = parent.getInteger(leaf);
            parent.put(leaf, current == null ? by : current + by);
        });
        min.forEach((path, value) -> {
            Document parent = parent(document, path);
            Date current = parent.getDate(leaf(path));
            if (current == null || value.before(current)) {
                parent.put(leaf(path), value);
            }
        });
        max.forEach((path, value) -> {
            Document parent = parent(document, path);
            Date current = parent.getDate(leaf(path));
            if (current == null || value.after(current)) {
                parent.put(leaf(path), value);
            }
        });
        set.forEach((path, value) -> parent(document, path).put(leaf(path), value));
        push.forEach((path, list) -> {
            Document parent = parent(document, path);
            List<Document> items = new ArrayList<>(parent.getList(leaf(path), Document.class, List.of()));
            items.addAll(list.items());
            items.sort(NEWEST_FIRST);
            parent.put(leaf(path), new ArrayList<>(items.subList(0, Math.min(items.size(), list.limit()))));
        });
    }

    public boolean isEmpty() {
        return inc.isEmpty() && min.isEmpty() && max.isEmpty() && set.isEmpty() && push.isEmpty();
    }

    private static Document parent(Document document, String path) {
        Document current = document;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            Document next = current.get(parts[i], Document.class);
            if (next == null) {
                next = new Document();
                current.put(parts[i], next);
            }
            current = next;
        }
        return current;
    }

    private static String leaf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
