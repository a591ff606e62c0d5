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
        return new RegistryException(404, 40404, ("Subject '%s' was soft deleted already.").formatted(subject));
    }

    static RegistryException versionSoftDeleted(String subject, int version) {
        return new RegistryException(404, 40406, ("Version %d of subject '%s' was soft deleted already.").formatted(version, subject));
    }

    static RegistryException subjectLevelNotConfigured(String subject) {
        return new RegistryException(404, 40408, ("Subject '%s' does not have subject-level compatibility "
                + "configured; add ?defaultToGlobal=true to get the global level").formatted(subject));
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

    static RegistryException permanentDeleteNotSupported() {
        return new RegistryException(422, 42205, "Operation not permitted: this registry only soft-deletes "
                + "(leave out permanent=true); ids of deleted versions stay resolvable so old records still decode");
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
