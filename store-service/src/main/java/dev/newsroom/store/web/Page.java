package dev.newsroom.store.web;

import java.util.List;
import java.util.Map;

/** One page of a list: the items, where it is, and how many there are in all. */
public record Page(List<Map<String, Object>> items, int page, int size, long total) {

    public static Page of(List<Map<String, Object>> items, PageRequest request, long total) {
        return new Page(items, request.page(), request.size(), total);
    }
}
