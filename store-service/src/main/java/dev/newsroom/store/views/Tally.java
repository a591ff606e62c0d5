package dev.newsroom.store.views;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** Counts occurrences of keys and lists them most frequent first (ties by key), so views are deterministic. */
public final class Tally {

    private final Map<String, Integer> counts = new HashMap<>();

    public void add(String key) {
        if (key != null) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The most frequent key, or null when nothing was counted. */
    public String top() {
        return ranked().stream().findFirst().map(Map.Entry::getKey).orElse(null);
    }

    /** {@code [{<keyField>: key, count: n}, ...]}, at most {@code limit} entries. */
    public List<Document> toDocuments(String keyField, int limit) {
        return ranked().stream().limit(limit)
                .map(e -> new Document(keyField, e.getKey()).append("count", e.getValue()))
                .toList();
    }

    /** {@code {key: n, ...}} in key order. */
    public Document toCountsDocument() {
        return new Document(new TreeMap<String, Object>(counts));
    }

    private List<Map.Entry<String, Integer>> ranked() {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    public int count(String key) {
        return counts.getOrDefault(key, 0);
    }
}
