package dev.newsroom.ingest.identity;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Headers the intake records carry between the HTTP edge and the two identity steps. */
public final class IntakeHeaders {

    public static final String ARTICLE_ID = "newsroom.article-id";
    public static final String SUBMISSION_ID = "newsroom.submission-id";
    static final String DUPLICATE_OF = "newsroom.duplicate-of";
    static final String DUPLICATE_VERSION = "newsroom.duplicate-version";

    private IntakeHeaders() {
    }

    static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
