package dev.newsroom.stack.process;

/** A server that cannot start, with a message that says what to do; {@link ServerMain} prints it without a stack trace. */
public final class StartFailure extends RuntimeException {

    public StartFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
