package dev.newsroom.store.disputes;

import dev.newsroom.store.views.StatementSummaries;
import dev.newsroom.store.views.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Computes a dispute document from the live statements between its two sides. A pair of sides is a dispute only
 * while at least one conflictual statement goes from one toward the other; then every statement between them
 * belongs to it.
 */
public final class DisputeViewBuilder {

    private static final int LISTED = 50;

    private final int statementsPerSide;

    public DisputeViewBuilder(int statementsPerSide) {
        this.statementsPerSide = statementsPerSide;
    }

    /**
     * @param statements every live statement whose candidate disputes include {@code disputeId}, chronological
     * @return the dispute document, or null when no conflictual statement makes the pair a dispute
     */
    public Document build(String disputeId, List<Document> statements) {
        if (statements.stream().noneMatch(s -> s.getBoolean("conflictual", false))) {
            return null;
        }
        String[] sides = disputeId.split("~", 2);
        var topics = new Tally();
        var articles = new TreeSet<String>();
        Map<String, DayBucket> days = new TreeMap<>();
        List<Document> sideDocuments = new ArrayList<>();
        for (String side : sides) {
            var types = new Tally();
            var speakers = new Tally();
            var speakerNames = new TreeMap<String, String>();
            List<Document> said = new ArrayList<>();
            for (Document statement : statements) {
                Document speaker = statement.get("speaker", Document.class);
                if (!side.equals(speaker.getString("side"))) {
                    continue;
                }
                said.add(statement);
                types.add(statement.getString("type"));
                speakers.add(speaker.getString("id"));
                speakerNames.putIfAbsent(speaker.getString("id"), speaker.getString("name"));
                days.computeIfAbsent(statement.getString("day"), DayBucket::new).add(side, statement);
            }
            List<Document> latest = said.subList(Math.max(0, said.size() - statementsPerSide), said.size()).stream()
                    .map(StatementSummaries::summary)
                    .toList();
            sideDocuments.add(new Document("side", side)
                    .append("statementCount", said.size())
                    .append("countsByType", types.toCountsDocument())
                    .append("speakers", speakers.toDocuments("id", LISTED).stream()
                            .map(d -> d.append("name", speakerNames.get(d.getString("id"))))
                            .toList())
                    .append("statements", latest)
                    .append("omittedStatements", said.size() - latest.size()));
        }
        for (Document statement : statements) {
            statement.getList("topics", String.class).forEach(topics::add);
            articles.add(statement.getString("articleId"));
        }
        return new Document("_id", disputeId)
                .append("sides", sideDocuments)
                .append("statementCount", statements.size())
                .append("topics", topics.toDocuments("topic", LISTED))
                .append("timeline", days.values().stream().map(d -> d.toDocument(sides)).toList())
                .append("firstStatementAt", statements.get(0).getDate("when"))
                .append("lastStatementAt", statements.get(statements.size() - 1).getDate("when"))
                .append("articleCount", articles.size())
                .append("articles", articles.stream().limit(LISTED * 10L).toList());
    }

    /** One day of the dispute: per side, statements by type and the mean stance (the tone). */
    private static final class DayBucket {
        private final String day;
        private final Map<String, Tally> types = new TreeMap<>();
        private final Map<String, double[]> stance = new TreeMap<>();

        DayBucket(String day) {
            this.day = day;
        }

        void add(String side, Document statement) {
            types.computeIfAbsent(side, s -> new Tally()).add(statement.getString("type"));
            double[] sum = stance.computeIfAbsent(side, s -> new double[2]);
            sum[0] += statement.getDouble("stance");
            sum[1]++;
        }

        Document toDocument(String[] sides) {
            List<Document> perSide = new ArrayList<>();
            for (String side : sides) {
                double[] sum = stance.getOrDefault(side, new double[2]);
                Tally counts = types.getOrDefault(side, new Tally());
                perSide.add(new Document("side", side)
                        .append("count", (int) sum[1])
                        .append("countsByType", counts.toCountsDocument())
                        .append("tone", sum[1] == 0 ? null : Math.round(sum[0] / sum[1] * 1000) / 1000.0));
            }
            return new Document("day", day).append("sides", perSide);
        }
    }
}
