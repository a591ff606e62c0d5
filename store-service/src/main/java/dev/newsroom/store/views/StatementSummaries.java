package dev.newsroom.store.views;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/** Ordering and the short form of a statement that actor and dispute documents embed. */
public final class StatementSummaries {

    /** Time order; statements at the same instant by id, so every build orders them the same way. */
    public static final Comparator<Document> CHRONOLOGICAL =
            Comparator.<Document, Date>comparing(d -> d.getDate("when")).thenComparing(d -> d.getString("_id"));

    private StatementSummaries() {
    }

    public static Document summary(Document statement) {
        Document speaker = statement.get("speaker", Document.class);
        List<Document> targets = statement.getList("targets", Document.class);
        return new Document("id", statement.getString("_id"))
                .append("type", statement.getString("type"))
                .append("text", statement.get("content", Document.class).getString("text"))
                .append("direct", statement.getBoolean("direct"))
                .append("stance", statement.getDouble("stance"))
                .append("when", statement.getDate("when"))
                .append("day", statement.getString("day"))
                .append("speaker", new Document("id", speaker.getString("id"))
                        .append("name", speaker.getString("name"))
                        .append("side", speaker.getString("side")))
                .append("targets", targets.stream()
                        .map(t -> new Document("id", t.getString("id")).append("name", t.getString("name")))
                        .toList())
                .append("articleId", statement.getString("articleId"))
                .append("articleTitle", statement.getString("articleTitle"));
    }
}
