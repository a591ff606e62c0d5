package dev.newsroom.store.web;

/** A resource the client named does not exist: 404 problem JSON. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, String id) {
        super("No " + kind + " with id '" + id + "'");
    }
}
