package dev.newsroom.ingest.identity;

/** The store holding an article's identity cannot be read now (starting, restoring, rebalancing): ask again. */
public class IdentityUnavailableException extends RuntimeException {

    public IdentityUnavailableException(String message) {
        super(message);
    }

    public IdentityUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
