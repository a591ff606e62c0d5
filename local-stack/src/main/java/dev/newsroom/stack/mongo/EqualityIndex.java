package dev.newsroom.stack.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A secondary index kept in memory, for equality on the first field of its keys. mongo-java-server has no secondary
 * indexes (it answers every query but by {@code _id} by reading every document), so the statements of one actor cost
 * a pass over all statements. This index maps each string value of the field (each element, for an array)
 * to the positions of the documents holding it, and answers queries that require the field to equal such a value
 * (directly, with {@code $eq} or {@code $in}, alone or within a top-level {@code $and}). It finds a superset: the
 * collection still checks every document it returns against the whole query. It is built from the documents when the
 * collection opens, so it costs no storage and cannot disagree with the documents.
 */
final class EqualityIndex extends Index<Object> {

    private final String field;
    private final Map<Object, Set<Object>> positions = new HashMap<>();
    private long entries;

    EqualityIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
    }

    @Override
    public synchronized boolean canHandle(Document query) {
        return queriedValues(query) != null;
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        Set<Object> found = new LinkedHashSet<>();
        for (Object value : queriedValues(query)) {
            found.addAll(positions.getOrDefault(value, Set.of()));
        }
        return new ArrayList<>(found);
    }

    /** The values a query requires the field to equal, one of them; null when it requires no such thing. */
    private List<Object> queriedValues(Document query) {
        List<Object> values = valuesRequiredBy(query);
        if (values == null && query.get("$and") instanceof List<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document document && (values = valuesRequiredBy(document)) != null) {
                    break;
                }
            }
        }
        return values;
    }

    private List<Object> valuesRequiredBy(Document clause) {
        if (!clause.containsKey(field)) {
            return null;
        }
        Object condition = clause.get(field);
        if (condition instanceof Document operators) {
            if (operators.size() != 1) {
                return null;
            }
            if (operators.containsKey("$eq")) {
                condition = operators.get("$eq");
            } else if (operators.get("$in") instanceof Collection<?> values) {
                return values.stream().allMatch(EqualityIndex::indexable) ? List.copyOf(values) : null;
            } else {
                return null;
            }
        }
        return indexable(condition) ? List.of(condition) : null;
    }

    /** Strings only: a boolean or other value with few distinct values would narrow a query little. */
    private static boolean indexable(Object value) {
        return value instanceof String;
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        for (Object value : indexedValues(document)) {
            if (positions.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(position)) {
                entries++;
            }
        }
    }

    /** @return the document's position, which in an H2 collection is its id */
    @Override
    public synchronized Object remove(Document document) {
        Object position = document.get("_id");
        for (Object value : indexedValues(document)) {
            Set<Object> holding = positions.get(value);
            if (holding != null && holding.remove(position)) {
                entries--;
                if (holding.isEmpty()) {
                    positions.remove(value);
                }
            }
        }
        return position;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, Object position,
                                           MongoCollection<Object> collection) {
        remove(oldDocument);
        add(newDocument, position, collection);
    }

    /** The string values of the field in {@code document}, through arrays. */
    private List<Object> indexedValues(Document document) {
        List<Object> current = List.of(document);
        for (String part : field.split("\\.")) {
            List<Object> next = new ArrayList<>();
            for (Object value : current) {
                if (value instanceof Document parent && parent.containsKey(part)) {
                    addFlattened(next, parent.get(part));
                }
            }
            current = next;
        }
        return current.stream().filter(EqualityIndex::indexable).distinct().toList();
    }

    private static void addFlattened(List<Object> values, Object value) {
        if (value instanceof Collection<?> elements) {
            values.addAll(elements);
        } else {
            values.add(value);
        }
    }

    @Override
    public Object getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
    }

    @Override
    public synchronized long getCount() {
        return entries;
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public synchronized void drop() {
        positions.clear();
        entries = 0;
    }
}
