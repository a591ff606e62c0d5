package dev.newsroom.stack.launcher;

/** A failure of {@code ./newsroom up} whose message tells the user what to do; printed without a stack trace. */
public final class LaunchException extends RuntimeException {

    public LaunchException(String message) {
        super(message);
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
