package dev.newsroom.ingest.article;

/** Striped locks: versions of one article id are decided one at a time, different ids in parallel. */
final class IngestLocks {

    private static final Object[] STRIPES = new Object[1024];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    private IngestLocks() {
    }

    static Object of(String key) {
        return STRIPES[Math.floorMod(key.hashCode(), STRIPES.length)];
    }
}
