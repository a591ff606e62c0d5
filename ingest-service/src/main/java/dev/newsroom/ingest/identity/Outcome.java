package dev.newsroom.ingest.identity;

/** What became of one submission once its article's partition decided it. */
public enum Outcome {
    /** The first version of an article was published. */
    NEW,
    /** A new version of a known article was published. */
    UPDATED,
    /** The same content was already in, under this or another article id: nothing was published. */
    DUPLICATE
}
