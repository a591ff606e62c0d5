package dev.newsroom.store.web;

import dev.newsroom.store.StoreProperties;

/** Which page of a list a request asks for: 1-based page number and a page size capped by configuration. */
public record PageRequest(int page, int size) {

    public static PageRequest of(String page, String size, StoreProperties properties) {
        return new PageRequest(
                Params.positive("page", page, 1, 1_000_000),
                Params.positive("size", size, properties.defaultPageSize(), properties.maxPageSize()));
    }

    public int skip() {
        return (page - 1) * size;
    }
}
