package dev.newsroom.store.statements;

import dev.newsroom.events.StatementType;
import java.time.Instant;

/** What {@code GET /api/statements} may filter on; every field optional. */
public record StatementFilter(String actor, String target, String dispute, StatementType type,
                              Instant from, Instant to, String article) {

    public static StatementFilter bySpeaker(String actor) {
        return new StatementFilter(actor, null, null, null, null, null, null);
    }
}
