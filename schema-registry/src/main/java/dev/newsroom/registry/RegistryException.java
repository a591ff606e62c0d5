package dev.newsroom.registry;

/**
 * An error answered to a client in Confluent's format: an HTTP status and a body
 * {@code {"error_code": ..., "message": ...}}, with Confluent's error codes so stock clients react to it.
 */
public final class RegistryException extends RuntimeException {

    private final int httpStatus;
    private final int errorCode;

    RegistryException(int httpStatus, int errorCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int errorCode() {
        return errorCode;
    }

    static RegistryException subjectNotFound(String subject) {
        return new RegistryException(404, 40401, "Subject '%s' not found.".formatted(subject));
    }

    static RegistryException versionNotFound(String subject, int version) {
        return new RegistryException(404, 40402,
                "Version %d not found for subject '%s'.".formatted(version, subject));
    }

    static RegistryException schemaNotFound(String what) {
        return new RegistryException(404, 40403, what);
    }

    static RegistryException subjectSoftDeleted(String subject) {
        return new RegistryException(404, 40404, ("Subject '%s' was soft deleted. Set permanent=true to delete "
                + "permanently").formatted(subject));
    }

    static RegistryException subjectNotSoftDeleted(String subject) {
        return new RegistryException(404, 40405, ("Subject '%s' was not deleted first before being permanently "
                + "deleted").formatted(subject));
    }

    static RegistryException versionSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40406, ("Subject '%s' Version %d was soft deleted. Set permanent=true to "
                + "delete permanently").formatted(subject, version));
    }

    static RegistryException versionNotSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40407, ("Subject '%s' Version %d was not deleted first before being "
                + "permanently deleted").formatted(subject, version));
    }

    static RegistryException subjectLevelNotConfigured(String subject) {
        return new RegistryException(404, 40408, ("Subject '%s' does not have subject-level compatibility "
                + "configured; add ?defaultToGlobal=true to get the global level").formatted(subject));
    }

    static RegistryException subjectModeNotConfigured(String subject) {
        return new RegistryException(404, 40409, ("Subject '%s' does not have subject-level mode configured; add "
                + "?defaultToGlobal=true to get the global mode").formatted(subject));
    }

    static RegistryException incompatible(String subject, Iterable<String> problems) {
        return new RegistryException(409, 409, ("Schema being registered is incompatible with an earlier schema "
                + "for subject \"%s\", details: %s").formatted(subject, String.join("; ", problems)));
    }

    static RegistryException invalidSchema(String detail) {
        return new RegistryException(422, 42201, "Invalid schema: " + detail);
    }

    static RegistryException invalidVersion(String version) {
        return new RegistryException(422, 42202, ("The specified version '%s' is not a valid version id. "
                + "Allowed values are between [1, 2^31-1] and the string \"latest\"").formatted(version));
    }

    static RegistryException invalidCompatibilityLevel(String level) {
        return new RegistryException(422, 42203, ("Invalid compatibility level '%s'. Valid values are NONE, "
                + "BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE")
                .formatted(level));
    }

    static RegistryException invalidMode() {
        return new RegistryException(422, 42204, "Invalid mode. Valid values are READWRITE, READONLY, "
                + "READONLY_OVERRIDE, and IMPORT");
    }

    static RegistryException readOnly(String subjectOrNull) {
        return new RegistryException(422, 42205, subjectOrNull == null ? "The registry is in read-only mode"
                : "Subject %s is in read-only mode".formatted(subjectOrNull));
    }

    static RegistryException importNotSupported() {
        return new RegistryException(422, 42205, "Operation not permitted: IMPORT mode is not supported, this registry "
                + "assigns schema ids itself");
    }

    static RegistryException badRequest(String detail) {
        return new RegistryException(400, 400, detail);
    }

    static RegistryException notFound(String detail) {
        return new RegistryException(404, 404, detail);
    }

    static RegistryException methodNotAllowed(String method, String path) {
        return new RegistryException(405, 405, "HTTP method %s is not allowed on %s".formatted(method, path));
    }

    static RegistryException storeFailure(String detail, Throwable cause) {
        RegistryException e = new RegistryException(500, 50001, "Error in the backend data store: " + detail);
        e.initCause(cause);
        return e;
    }
}
