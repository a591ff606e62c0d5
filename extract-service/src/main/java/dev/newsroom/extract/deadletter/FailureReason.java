package dev.newsroom.extract.deadletter;

import org.apache.kafka.common.errors.SerializationException;

import dev.newsroom.extract.extraction.ExtractionTimeoutException;

/**
 * Why a raw record was not extracted, as a stable code (the {@code newsroom.error.reason} header of its
 * dead letter and the {@code reason} tag of the dead-letter counter) and words a reader understands.
 */
public enum FailureReason {
    UNDECODABLE("not a readable raw article"),
    TIME_BUDGET("over the time budget"),
    EXTRACTOR_ERROR("the extractor failed");

    private final String description;

    FailureReason(String description) {
        this.description = description;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public String description() {
        return description;
    }

    public static FailureReason of(Throwable error) {
        if (error instanceof SerializationException) {
            return UNDECODABLE;
        }
        if (error instanceof ExtractionTimeoutException) {
            return TIME_BUDGET;
        }
        return EXTRACTOR_ERROR;
    }
}
