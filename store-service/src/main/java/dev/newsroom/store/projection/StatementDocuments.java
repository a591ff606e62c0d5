package dev.newsroom.store.projection;

import dev.newsroom.events.ActorRef;
import dev.newsroom.events.Span;
import dev.newsroom.events.Statement;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.events.StatementType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;

/**
 * Turns a {@link StatementEvent} into the document kept in the {@code statements} collection: the statement
 * with its evidence, plus the derived keys the views are computed from ({@code when}, {@code pairs}).
 * A retracted statement stays as a tombstone ({@code live: false}) so that an older event redelivered later
 * cannot bring it back.
 */
public final class StatementDocuments {

    /** CAMEO classes that make a pair of sides a dispute. */
    public static final Set<StatementType> CONFLICTUAL = EnumSet.of(
            StatementType.DEMAND, StatementType.DISAPPROVE, StatementType.REJECT,
            StatementType.THREATEN, StatementType.PROTEST);

    private StatementDocuments() {
    }

    /** Whether {@code event} is newer than the state {@code stored} was built from. */
    static boolean supersedes(StatementEvent event, Document stored) {
        int storedVersion = stored.getInteger("articleVersion", 0);
        if (event.getArticleVersion() != storedVersion) {
            return event.getArticleVersion() > storedVersion;
        }
        return !event.getEventId().equals(stored.getString("eventId"));
    }

    /** The document after applying {@code event} to {@code stored} (null when the statement was never seen). */
    static Document apply(StatementEvent event, Document stored) {
        if (event.getEventType() == StatementEventType.RETRACTED) {
            Document tombstone = stored == null
                    ? new Document("_id", event.getStatementId()).append("articleId", event.getArticleId())
                    : new Document(stored);
            return tombstone.append("live", false)
                    .append("eventId", event.getEventId())
                    .append("articleVersion", event.getArticleVersion());
        }
        return extracted(event);
    }

    private static Document extracted(StatementEvent event) {
        Statement s = event.getStatement();
        if (s == null) {
            throw new InvalidEventException("EXTRACTED event " + event.getEventId() + " carries no statement");
        }
        checkSpan("mention", s.getMention());
        checkSpan("cue", s.getCue());
        checkSpan("content", s.getContent());
        Instant published = event.getArticlePublishedAt();
        // the day it was said, else the day it was published; neither known means unknown, never the ingest time
        Instant when = s.getStatedAt() != null
                ? s.getStatedAt().atStartOfDay(ZoneOffset.UTC).toInstant()
                : published;
        String dateBasis = s.getStatedAt() != null ? "statement" : published != null ? "publication" : "unknown";
        List<Document> targets = new ArrayList<>();
        List<String> targetIds = new ArrayList<>();
        for (ActorRef target : s.getTargets()) {
            targets.add(actor(target));
            if (!targetIds.contains(target.getId())) {
                targetIds.add(target.getId());
            }
        }
        Set<String> pairs = pairs(s);
        return new Document("_id", event.getStatementId())
                .append("live", true)
                .append("eventId", event.getEventId())
                .append("articleVersion", event.getArticleVersion())
                .append("articleId", event.getArticleId())
                .append("articleTitle", event.getArticleTitle())
                .append("articlePublishedAt", published == null ? null : Date.from(published))
                .append("speaker", actor(s.getSpeaker()))
                .append("mention", span(s.getMention()))
                .append("cue", span(s.getCue()))
                .append("content", span(s.getContent()))
                .append("direct", s.getDirect())
                .append("targets", targets)
                .append("targetIds", targetIds)
                .append("type", s.getType().name())
                .append("stance", s.getStance())
                .append("via", s.getVia() == null ? null : actor(s.getVia()))
                .append("statedAt", s.getStatedAt() == null ? null : s.getStatedAt().toString())
                .append("when", when == null ? null : Date.from(when))
                .append("day", when == null ? null : LocalDate.ofInstant(when, ZoneOffset.UTC).toString())
                .append("dateBasis", dateBasis)
                .append("topics", List.copyOf(new TreeSet<>(s.getTopics())))
                .append("declaredDisputes", List.copyOf(new TreeSet<>(s.getDisputes())))
                .append("pairs", List.copyOf(pairs))
                .append("conflictual", CONFLICTUAL.contains(s.getType()));
    }

    /**
     * Candidate disputes of a statement: the pairs of the speaker's side with each target's side, and the
     * disputes the extractor declared. Whether a candidate is a dispute depends on the other statements.
     */
    private static Set<String> pairs(Statement s) {
        var pairs = new TreeSet<String>();
        String speakerSide = s.getSpeaker().getSide();
        if (speakerSide != null) {
            for (ActorRef target : s.getTargets()) {
                String targetSide = target.getSide();
                if (targetSide != null && !targetSide.equals(speakerSide)) {
                    pairs.add(disputeId(speakerSide, targetSide));
                }
            }
        }
        for (String declared : s.getDisputes()) {
            String[] sides = declared.split("~", -1);
            if (sides.length == 2 && !sides[0].isEmpty() && !sides[1].isEmpty() && !sides[0].equals(sides[1])) {
                pairs.add(disputeId(sides[0], sides[1]));
            }
        }
        return pairs;
    }

    /** The id of the dispute between two sides: the codes sorted and joined by '~'. */
    public static String disputeId(String side, String otherSide) {
        return side.compareTo(otherSide) <= 0 ? side + "~" + otherSide : otherSide + "~" + side;
    }

    private static void checkSpan(String name, Span span) {
        if (span.getStart() < 0 || span.getEnd() < span.getStart()) {
            throw new InvalidEventException("span " + name + " has invalid offsets " + span.getStart() + ".." + span.getEnd());
        }
    }

    private static Document actor(ActorRef ref) {
        if (ref.getId() == null || ref.getId().isBlank()) {
            throw new InvalidEventException("actor reference without id");
        }
        return new Document("id", ref.getId())
                .append("name", ref.getName())
                .append("kind", ref.getKind().name())
                .append("side", ref.getSide())
                .append("role", ref.getRole())
                .append("affiliation", ref.getAffiliation());
    }

    private static Document span(Span span) {
        return new Document("text", span.getText()).append("start", span.getStart()).append("end", span.getEnd());
    }
}
