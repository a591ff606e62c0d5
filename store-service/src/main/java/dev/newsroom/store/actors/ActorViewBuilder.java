package dev.newsroom.store.actors;

import dev.newsroom.store.views.StatementSummaries;
import dev.newsroom.store.views.Tally;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Computes an actor document from the live statements the actor speaks in or is targeted by. The document is a
 * pure function of that set, so recomputing it after any event (or any redelivery) gives what a rebuild gives.
 */
public final class ActorViewBuilder {

    private static final int LISTED = 50;

    private final int recentStatements;

    public ActorViewBuilder(int recentStatements) {
        this.recentStatements = recentStatements;
    }

    /** @param statements every live statement naming the actor, in chronological order; null when there are none */
    public Document build(String actorId, List<Document> statements) {
        if (statements.isEmpty()) {
            return null;
        }
        var names = new Tally();
        var aliases = new Tally();
        var kinds = new Tally();
        var sides = new Tally();
        var affiliations = new Tally();
        var types = new Tally();
        var targets = new Tally();
        var targetedBy = new Tally();
        var disputes = new Tally();
        Map<String, TreeSet<String>> roles = new TreeMap<>();
        Map<String, Document> others = new HashMap<>();
        var articles = new TreeSet<String>();
        List<Document> spoken = new ArrayList<>();
        int targetedCount = 0;

        for (Document statement : statements) {
            articles.add(statement.getString("articleId"));
            statement.getList("pairs", String.class).forEach(disputes::add);
            Document speaker = statement.get("speaker", Document.class);
            List<Document> refs = new ArrayList<>();
            if (actorId.equals(speaker.getString("id"))) {
                refs.add(speaker);
                spoken.add(statement);
                types.add(statement.getString("type"));
                aliases.add(statement.get("mention", Document.class).getString("text"));
                for (Document target : statement.getList("targets", Document.class)) {
                    if (!actorId.equals(target.getString("id"))) {
                        targets.add(target.getString("id"));
                        others.putIfAbsent(target.getString("id"), target);
                    }
                }
            }
            boolean targeted = false;
            for (Document target : statement.getList("targets", Document.class)) {
                if (actorId.equals(target.getString("id"))) {
                    refs.add(target);
                    targeted = true;
                }
            }
            if (targeted) {
                targetedCount++;
                if (!actorId.equals(speaker.getString("id"))) {
                    targetedBy.add(speaker.getString("id"));
                    others.putIfAbsent(speaker.getString("id"), speaker);
                }
            }
            for (Document ref : refs) {
                names.add(ref.getString("name"));
                kinds.add(ref.getString("kind"));
                sides.add(ref.getString("side"));
                affiliations.add(ref.getString("affiliation"));
                String role = ref.getString("role");
                if (role != null && !role.isBlank()) {
                    roles.computeIfAbsent(role, r -> new TreeSet<>()).add(statement.getString("articleId"));
                }
            }
        }

        List<Document> recent = new ArrayList<>();
        Map<String, List<Document>> recentByType = new TreeMap<>();
        for (int i = spoken.size() - 1; i >= 0; i--) {
            Document statement = spoken.get(i);
            List<Document> ofType = recentByType.computeIfAbsent(statement.getString("type"), t -> new ArrayList<>());
            if (recent.size() < recentStatements || ofType.size() < recentStatements) {
                Document summary = StatementSummaries.summary(statement);
                if (recent.size() < recentStatements) {
                    recent.add(summary);
                }
                if (ofType.size() < recentStatements) {
                    ofType.add(summary);
                }
            }
        }
        return new Document("_id", actorId)
                .append("name", names.top())
                .append("kind", kinds.top())
                .append("side", sides.top())
                .append("names", names.toDocuments("name", LISTED))
                .append("aliases", aliases.toDocuments("alias", LISTED))
                .append("affiliations", affiliations.toDocuments("affiliation", LISTED))
                .append("roles", roles.entrySet().stream()
                        .map(e -> new Document("role", e.getKey()).append("articles", List.copyOf(e.getValue())))
                        .toList())
                .append("statementCount", spoken.size())
                .append("targetedCount", targetedCount)
                .append("countsByType", types.toCountsDocument())
                .append("targets", related(targets, others))
                .append("targetedBy", related(targetedBy, others))
                .append("disputeCandidates", disputes.toDocuments("id", LISTED))
                .append("articleCount", articles.size())
                .append("firstSeen", statements.get(0).getDate("when"))
                .append("lastSeen", statements.get(statements.size() - 1).getDate("when"))
                .append("recentStatements", recent)
                .append("recentStatementsByType", new Document(new TreeMap<String, Object>(recentByType)));
    }

    private static List<Document> related(Tally tally, Map<String, Document> refs) {
        return tally.toDocuments("id", LISTED).stream()
                .map(d -> {
                    Document ref = refs.get(d.getString("id"));
                    return d.append("name", ref.getString("name"))
                            .append("kind", ref.getString("kind"))
                            .append("side", ref.getString("side"));
                })
                .toList();
    }
}
