package dev.newsroom.registry;

/**
 * One change to the registry's state, as written to its durable log. Replaying every record in order
 * rebuilds the state; a later record with the same key replaces an earlier one (log compaction).
 */
public sealed interface StoreRecord {

    /** A version of a subject; {@code deleted} marks a soft delete. */
    record SchemaVersion(String subject, int version, int id, String schema, boolean deleted)
            implements StoreRecord {
    }

    /** A version of a subject deleted permanently (a tombstone in the log). */
    record SchemaVersionRemoved(String subject, int version) implements StoreRecord {
    }

    /** The mode of a subject, or the global one when {@code subject} is null; a null {@code mode} removes a subject's own. */
    record ModeSetting(String subject, Mode mode) implements StoreRecord {
    }

    /**
     * The compatibility level of a subject, or the global one when {@code subject} is null;
     * a null {@code level} removes a subject's own level so the global one applies again.
     */
    record Config(String subject, CompatibilityLevel level) implements StoreRecord {
    }
}
