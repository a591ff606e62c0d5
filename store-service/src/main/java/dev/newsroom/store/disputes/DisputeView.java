package dev.newsroom.store.disputes;

import static dev.newsroom.store.views.Keys.encode;

import dev.newsroom.store.views.StatementSummaries;
import dev.newsroom.store.views.ViewUpdate;
import org.bson.Document;

/**
 * What one statement adds to the document of a pair of sides it lies between. The pair is a dispute while its
 * {@code conflictualCount} is positive: then every statement between the sides belongs to it.
 */
public final class DisputeView {

    private final int statementsPerSide;

    public DisputeView(int statementsPerSide) {
        this.statementsPerSide = statementsPerSide;
    }

    /** The entry of the dispute index for the document of a pair: the pair's id while it is a dispute, else none. */
    public static Document indexEntry(Document pair) {
        return pair.getInteger("conflictualCount", 0) > 0 ? new Document("_id", pair.getString("_id")) : null;
    }

    /** The contribution of live {@code statement} to the document of pair {@code disputeId}. */
    public ViewUpdate contribution(String disputeId, Document statement) {
        var update = new ViewUpdate();
        update.inc("statementCount", 1);
        if (statement.getBoolean("conflictual", false)) {
            update.inc("conflictualCount", 1);
        }
        for (String topic : statement.getList("topics", String.class)) {
            update.inc("topics." + encode(topic), 1);
        }
        update.inc("articles." + encode(statement.getString("articleId")), 1);
        update.min("firstStatementAt", statement.getDate("when")).max("lastStatementAt", statement.getDate("when"));
        String side = statement.get("speaker", Document.class).getString("side");
        String[] sides = disputeId.split("~", 2);
        String key = side == null ? null : side.equals(sides[0]) ? "a" : side.equals(sides[1]) ? "b" : null;
        if (key != null) {
            String type = statement.getString("type");
            String speaker = statement.get("speaker", Document.class).getString("id");
            update.inc("sides." + key + ".statementCount", 1)
                    .inc("sides." + key + ".countsByType." + type, 1)
                    .inc("sides." + key + ".speakers." + encode(speaker), 1)
                    .pushNewest("sides." + key + ".latest", StatementSummaries.reference(statement), statementsPerSide);
            if (statement.getString("day") == null) {
                update.inc("sides." + key + ".undatedCount", 1);
            } else {
                String day = "timeline." + statement.getString("day") + "." + key;
                update.inc(day + ".count", 1)
                        .inc(day + ".countsByType." + type, 1)
                        .inc(day + ".stanceMilli", (int) Math.round(statement.getDouble("stance") * 1000));
            }
        }
        return update;
    }
}
