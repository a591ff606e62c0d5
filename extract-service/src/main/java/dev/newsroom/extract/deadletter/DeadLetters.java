package dev.newsroom.extract.deadletter;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Dead-letter records: the failed record's key, value and headers unchanged, plus headers (UTF-8
 * text) saying why it failed and where it came from.
 */
public final class DeadLetters {

    public static final String ERROR_CLASS = "newsroom.error.class";
    public static final String ERROR_MESSAGE = "newsroom.error.message";
    /** A {@link FailureReason} code: what a reader is told about an article that was not extracted. */
    public static final String ERROR_REASON = "newsroom.error.reason";
    public static final String SOURCE_TOPIC = "newsroom.source.topic";
    public static final String SOURCE_PARTITION = "newsroom.source.partition";
    public static final String SOURCE_OFFSET = "newsroom.source.offset";

    private DeadLetters() {
    }

    public static Record<byte[], byte[]> deadLetter(Record<byte[], byte[]> failed, RecordMetadata source,
            Throwable error, FailureReason reason) {
        Headers headers = new RecordHeaders(failed.headers().toArray());
        add(headers, ERROR_REASON, reason.code());
        add(headers, ERROR_CLASS, error.getClass().getName());
        add(headers, ERROR_MESSAGE, describe(error));
        add(headers, SOURCE_TOPIC, source.topic());
        add(headers, SOURCE_PARTITION, Integer.toString(source.partition()));
        add(headers, SOURCE_OFFSET, Long.toString(source.offset()));
        return failed.withHeaders(headers);
    }

    /** The message of the error and of each cause, so a wrapped root cause is not lost. */
    public static String describe(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(" <- ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return message.toString();
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
