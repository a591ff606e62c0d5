package dev.newsroom.articles;

/** Why a submitted article was refused. Each reason has a stable code used in problem types, metrics and rejects. */
public enum RejectionReason {
    EMPTY_BODY("empty-body", "Empty article"),
    TOO_LARGE("too-large", "Article too large"),
    INVALID_UTF8("invalid-utf8", "Invalid UTF-8"),
    BINARY("binary", "Binary data"),
    MALFORMED_JSON("malformed-json", "Malformed JSON"),
    WRONG_FIELD_TYPE("wrong-field-type", "JSON field of the wrong type"),
    MISSING_BODY("missing-body", "No article text"),
    NO_TEXT("no-text", "No text in the article"),
    INVALID_URL("invalid-url", "Invalid article URL"),
    INVALID_DATE("invalid-date", "Invalid publication date"),
    UNSUPPORTED_FORMAT("unsupported-format", "Unsupported format");

    private final String code;
    private final String title;

    RejectionReason(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** Stable lower-case code, e.g. {@code invalid-utf8}. */
    public String code() {
        return code;
    }

    /** Short human title, e.g. "Invalid UTF-8". */
    public String title() {
        return title;
    }
}
