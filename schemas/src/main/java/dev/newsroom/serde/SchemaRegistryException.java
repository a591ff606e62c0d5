package dev.newsroom.serde;

/**
 * A schema registry call that failed: the registry answered with an error (Confluent's {@code error_code}
 * and {@code message}), or could not be reached ({@link #errorCode()} {@value #UNREACHABLE}).
 */
public final class SchemaRegistryException extends RuntimeException {

    /** {@link #errorCode()} when no answer came back at all. */
    public static final int UNREACHABLE = -1;
    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int INCOMPATIBLE = 409;
    public static final int INVALID_SCHEMA = 42201;

    private final String registryUrl;
    private final int httpStatus;
    private final int errorCode;

    SchemaRegistryException(String registryUrl, int httpStatus, int errorCode, String message, Throwable cause) {
        super(message, cause);
        this.registryUrl = registryUrl;
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public String registryUrl() {
        return registryUrl;
    }

    /** The HTTP status of the answer; 0 when there was none. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Confluent's error code, e.g. 40403 for an unknown schema; {@value #UNREACHABLE} when there was no answer. */
    public int errorCode() {
        return errorCode;
    }
}
