package dev.newsroom.extractor.model;

/** CAMEO-rooted verbal event classes (same symbols as the Avro StatementType). */
public enum StatementType {
    STATEMENT, APPEAL, INTENT, APPROVE, DEMAND, DISAPPROVE, REJECT, THREATEN, PROTEST;

    /** DEMAND, DISAPPROVE, REJECT, THREATEN and PROTEST open a dispute between two sides. */
    public boolean isConflictual() {
        return this == DEMAND || this == DISAPPROVE || this == REJECT || this == THREATEN || this == PROTEST;
    }
}
