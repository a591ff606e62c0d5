package dev.newsroom.ingest.article;

/** The broker did not acknowledge an article's event: nothing was published, the client may retry. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
