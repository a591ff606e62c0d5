package dev.newsroom.store;

import dev.newsroom.events.ActorKind;
import dev.newsroom.events.ActorRef;
import dev.newsroom.events.IngestSource;
import dev.newsroom.events.RawArticle;
import dev.newsroom.events.Span;
import dev.newsroom.events.Statement;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.events.StatementType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Builds events for tests: a small invented dispute between France and Germany over fishing rights. */
public final class TestEvents {

    public static final ActorRef FRANCE = actor("gov:FRA", "France", ActorKind.GOVERNMENT, "FRA", null);
    public static final ActorRef GERMANY = actor("gov:DEU", "Germany", ActorKind.GOVERNMENT, "DEU", null);
    public static final ActorRef MARTIN = actor("person:jean-martin", "Jean Martin", ActorKind.PERSON, "FRA", "fisheries minister");
    public static final ActorRef WEBER = actor("person:anna-weber", "Anna Weber", ActorKind.PERSON, "DEU", "foreign minister");
    public static final ActorRef UN = actor("org:un", "United Nations", ActorKind.ORGANIZATION, "UN", null);

    private TestEvents() {
    }

    public static ActorRef actor(String id, String name, ActorKind kind, String side, String role) {
        return ActorRef.newBuilder().setId(id).setName(name).setKind(kind).setSide(side).setRole(role).build();
    }

    /** An article text holding every sentence, so spans are real offsets. */
    public static String text(String... sentences) {
        return String.join(" ", sentences);
    }

    public static StatementEvent extracted(String statementId, String articleId, int version, String articleText,
                                           String sentence, ActorRef speaker, StatementType type, LocalDate statedAt,
                                           ActorRef... targets) {
        int start = articleText.indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("sentence not in article: " + sentence);
        }
        Span content = Span.newBuilder().setText(sentence).setStart(start).setEnd(start + sentence.length()).build();
        Span mention = Span.newBuilder().setText(speaker.getName()).setStart(start).setEnd(start).build();
        Statement statement = Statement.newBuilder()
                .setSpeaker(speaker)
                .setMention(mention)
                .setCue(Span.newBuilder().setText("said").setStart(start).setEnd(start).build())
                .setContent(content)
                .setDirect(false)
                .setTargets(List.of(targets))
                .setType(type)
                .setStance(type == StatementType.APPROVE ? 0.6 : type == StatementType.STATEMENT ? 0.0 : -0.7)
                .setStatedAt(statedAt)
                .setDisputes(new ArrayList<>())
                .setTopics(List.of("fishing"))
                .build();
        return StatementEvent.newBuilder()
                .setEventId(statementId + "@" + version)
                .setEventType(StatementEventType.EXTRACTED)
                .setStatementId(statementId)
                .setArticleId(articleId)
                .setArticleVersion(version)
                .setEmittedAt(Instant.parse("2030-01-01T00:00:00Z"))
                .setStatement(statement)
                .setArticleTitle("Title of " + articleId)
                .setArticlePublishedAt(statedAt.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))
                .build();
    }

    public static StatementEvent retracted(String statementId, String articleId, int version) {
        return StatementEvent.newBuilder()
                .setEventId(statementId + "@" + version + "-retracted")
                .setEventType(StatementEventType.RETRACTED)
                .setStatementId(statementId)
                .setArticleId(articleId)
                .setArticleVersion(version)
                .setEmittedAt(Instant.parse("2030-01-01T00:00:00Z"))
                .setStatement(null)
                .build();
    }

    public static RawArticle article(String articleId, int version, String title, String text) {
        return RawArticle.newBuilder()
                .setArticleId(articleId)
                .setVersion(version)
                .setContentHash(Integer.toHexString(text.hashCode()))
                .setTitle(title)
                .setOutlet("Test Gazette")
                .setPublishedAt(Instant.parse("2030-03-02T10:00:00Z"))
                .setLanguage("en")
                .setOriginalText(text)
                .setCleanedText(text)
                .setOffsetMap(List.of())
                .setContentType("text/plain")
                .setSource(IngestSource.HTTP)
                .setIngestedAt(Instant.parse("2030-03-02T10:05:00Z"))
                .build();
    }

    /** Two articles about the invented dispute; conciliatory and conflictual statements, from both sides. */
    public static final class FishingDispute {
        public static final String A1_TEXT = text(
                "France protested the new German quota on Monday.",
                "The quota is unacceptable and must be withdrawn.",
                "Germany rejected the French demand.",
                "The United Nations urged calm.");
        public static final String A2_TEXT = text(
                "Relations with France remain good despite the quarrel.",
                "We will keep talking to Berlin.");

        public static List<StatementEvent> events() {
            LocalDate d1 = LocalDate.parse("2030-03-02");
            LocalDate d2 = LocalDate.parse("2030-03-04");
            return List.of(
                    extracted("s1", "a1", 1, A1_TEXT, "France protested the new German quota on Monday.",
                            FRANCE, StatementType.PROTEST, d1, GERMANY),
                    extracted("s2", "a1", 1, A1_TEXT, "The quota is unacceptable and must be withdrawn.",
                            MARTIN, StatementType.DEMAND, d1, GERMANY),
                    extracted("s3", "a1", 1, A1_TEXT, "Germany rejected the French demand.",
                            GERMANY, StatementType.REJECT, d1, FRANCE),
                    extracted("s4", "a1", 1, A1_TEXT, "The United Nations urged calm.",
                            UN, StatementType.APPEAL, d1, FRANCE, GERMANY),
                    extracted("s5", "a2", 1, A2_TEXT, "Relations with France remain good despite the quarrel.",
                            WEBER, StatementType.APPROVE, d2, FRANCE),
                    extracted("s6", "a2", 1, A2_TEXT, "We will keep talking to Berlin.",
                            MARTIN, StatementType.INTENT, d2, GERMANY));
        }

        public static List<RawArticle> articles() {
            return List.of(article("a1", 1, "Quota row erupts", A1_TEXT), article("a2", 1, "Talks go on", A2_TEXT));
        }

        private FishingDispute() {
        }
    }
}
