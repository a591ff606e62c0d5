package dev.newsroom.store.web;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/** View documents as API JSON: {@code _id} becomes {@code id}, dates become ISO instants, internals are left out. */
public final class JsonDocuments {

    private JsonDocuments() {
    }

    public static Map<String, Object> toJson(Document document, Set<String> omit) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : document.entrySet()) {
            if (omit.contains(entry.getKey())) {
                continue;
            }
            String key = entry.getKey().equals("_id") ? "id" : entry.getKey();
            json.put(key, value(entry.getValue()));
        }
        return json;
    }

    private static Object value(Object value) {
        if (value instanceof Document nested) {
            return toJson(nested, Set.of());
        }
        if (value instanceof Date date) {
            return date.toInstant().toString();
        }
        if (value instanceof List<?> list) {
            List<Object> converted = new ArrayList<>(list.size());
            list.forEach(v -> converted.add(value(v)));
            return converted;
        }
        return value;
    }
}
