package dev.newsroom.store.views;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Ordering, references and the short form of statements. Actor and dispute documents keep their latest statements
 * as references ({@code {id, when}}), small enough to rewrite every batch; pages turn them into summaries with one
 * lookup by id.
 */
public final class StatementSummaries {

    /** Time order, undated statements first; statements at the same instant by id, so every build orders them the same way. */
    public static final Comparator<Document> CHRONOLOGICAL = Comparator
            .<Document, Date>comparing(d -> d.getDate("when"), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(d -> d.getString("_id"));

    private static final Bson SUMMARY_FIELDS = Projections.include("live", "type", "content.text", "direct", "stance",
            "when", "day", "dateBasis", "speaker", "targets", "articleId", "articleTitle");

    private StatementSummaries() {
    }

    /** What a list of latest statements keeps of a statement: its id and when it was said. */
    public static Document reference(Document statement) {
        return new Document("id", statement.getString("_id")).append("when", statement.getDate("when"));
    }

    /** The summaries of the live statements among {@code references}, in the order of the references. */
    public static List<Document> resolve(List<Document> references, Map<String, Document> summaries) {
        return references.stream().map(r -> summaries.get(r.getString("id"))).filter(Objects::nonNull).toList();
    }

    /** Summaries of the live statements with the given ids, by id: one lookup by primary key. */
    public static Map<String, Document> summaries(ViewCollections views, Collection<String> ids) {
        Map<String, Document> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            views.statements().find(Filters.in("_id", ids)).projection(SUMMARY_FIELDS).forEach(s -> {
                if (s.getBoolean("live", false)) {
                    byId.put(s.getString("_id"), summary(s));
                }
            });
        }
        return byId;
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
                .append("dateBasis", statement.getString("dateBasis"))
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
