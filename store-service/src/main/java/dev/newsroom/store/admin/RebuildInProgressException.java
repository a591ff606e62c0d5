package dev.newsroom.store.admin;

/** A rebuild was asked for while another is running. */
public class RebuildInProgressException extends RuntimeException {

    public RebuildInProgressException() {
        super("A rebuild of the views is already running; wait for it to finish");
    }
}
