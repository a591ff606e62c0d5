package dev.newsroom.store.projection;

/** An event that decodes but cannot be projected: it is poison and goes to the dead-letter topic. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }
}
