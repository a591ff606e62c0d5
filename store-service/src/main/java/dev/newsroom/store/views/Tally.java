package dev.newsroom.store.views;

import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Reads the count maps of view documents ({@code {<encoded key>: count}}) as ranked lists. */
public final class Tally {

    private Tally() {
    }

    /** {@code [{<keyField>: key, count: n}, ...]}, most frequent first, ties by key, positive counts only. */
    public static List<Document> ranked(Document counts, String keyField, int limit) {
        if (counts == null) {
            return List.of();
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() instanceof Integer n && n > 0)
                .map(e -> Map.entry(Keys.decode(e.getKey()), (Integer) e.getValue()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(e -> new Document(keyField, e.getKey()).append("count", e.getValue()))
                .toList();
    }

    /** The most frequent key, or null. */
    public static String top(Document counts) {
        List<Document> ranked = ranked(counts, "key", 1);
        return ranked.isEmpty() ? null : ranked.get(0).getString("key");
    }

    /** {@code {key: n}} with keys decoded. */
    public static Document decoded(Document counts) {
        Document out = new Document();
        if (counts != null) {
            new java.util.TreeMap<>(counts).forEach((k, v) -> out.append(Keys.decode(k), v));
        }
        return out;
    }
}
