package dev.newsroom.store.actors;

import static dev.newsroom.store.views.Keys.encode;

import dev.newsroom.store.views.StatementSummaries;
import dev.newsroom.store.views.Tally;
import dev.newsroom.store.views.ViewUpdate;
import java.util.List;
import org.bson.Document;

/**
 * What one statement adds to the document of an actor it names (as speaker or target), and the fields derived
 * from the counts. An actor document is the sum of the contributions of its live statements.
 */
public final class ActorView {

    private final int recentStatements;

    public ActorView(int recentStatements) {
        this.recentStatements = recentStatements;
    }

    /** The contribution of live {@code statement} to actor {@code actorId}'s document. */
    public ViewUpdate contribution(String actorId, Document statement) {
        var update = new ViewUpdate();
        Document speaker = statement.get("speaker", Document.class);
        List<Document> targets = statement.getList("targets", Document.class);
        boolean speaks = actorId.equals(speaker.getString("id"));
        if (speaks) {
            String type = statement.getString("type");
            update.inc("statementCount", 1).inc("countsByType." + type, 1);
            countText(update, "aliases", statement.get("mention", Document.class).getString("text"));
            countRef(update, speaker, statement);
            for (Document target : targets) {
                if (!actorId.equals(target.getString("id"))) {
                    update.inc("targets." + encode(target.getString("id")), 1);
                }
            }
            Document reference = StatementSummaries.reference(statement);
            update.pushNewest("recentStatements", reference, recentStatements);
            update.pushNewest("recentStatementsByType." + type, reference, recentStatements);
        }
        boolean targeted = false;
        for (Document target : targets) {
            if (actorId.equals(target.getString("id"))) {
                countRef(update, target, statement);
                targeted = true;
            }
        }
        if (targeted) {
            update.inc("targetedCount", 1);
            if (!speaks) {
                update.inc("targetedBy." + encode(speaker.getString("id")), 1);
            }
        }
        for (String pair : statement.getList("pairs", String.class)) {
            update.inc("disputeCandidates." + encode(pair), 1);
        }
        update.min("firstSeen", statement.getDate("when")).max("lastSeen", statement.getDate("when"));
        return update;
    }

    private static void countRef(ViewUpdate update, Document ref, Document statement) {
        countText(update, "names", ref.getString("name"));
        countText(update, "kinds", ref.getString("kind"));
        countText(update, "sides", ref.getString("side"));
        countText(update, "affiliations", ref.getString("affiliation"));
        String role = ref.getString("role");
        if (role != null && !role.isBlank()) {
            update.inc("roles." + encode(role) + "." + encode(statement.getString("articleId")), 1);
        }
    }

    private static void countText(ViewUpdate update, String field, String value) {
        if (value != null) {
            update.inc(field + "." + encode(value), 1);
        }
    }

    /** {@code actor} with the fields derived from its counts. */
    public static Document withDerivedFields(Document actor) {
        actor.putAll(derived(actor));
        return actor;
    }

    /** What lists naming an actor show about it: its name, kind and side (the actor's card). */
    public static Document card(Document actor) {
        return new Document("_id", actor.getString("_id"))
                .append("name", actor.getString("name"))
                .append("kind", actor.getString("kind"))
                .append("side", actor.getString("side"));
    }

    /** The fields the list queries filter, sort and search on, derived from the counts. */
    private static Document derived(Document actor) {
        var searchNames = new java.util.TreeSet<String>();
        for (String field : List.of("names", "aliases")) {
            Document counts = actor.get(field, Document.class);
            if (counts != null) {
                counts.keySet().forEach(k -> searchNames.add(dev.newsroom.store.views.Keys.decode(k)));
            }
        }
        return new Document("name", Tally.top(actor.get("names", Document.class)))
                .append("kind", Tally.top(actor.get("kinds", Document.class)))
                .append("side", Tally.top(actor.get("sides", Document.class)))
                .append("searchNames", List.copyOf(searchNames));
    }
}
