package dev.newsroom.extract.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsroom.events.IngestSource;
import dev.newsroom.events.OffsetSegment;
import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.extract.state.ArticleState;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.StatementType;
import dev.newsroom.extractor.model.TextSpan;

class StatementEventFactoryTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Actor MAYOR = new Actor("person:lind", "Mara Lind", ActorKind.PERSON, "SWE", "mayor", null);
    private static final Actor COUNCIL = new Actor("org:council", "the council", ActorKind.ORGANIZATION, "SWE", null, null);

    // Original: a caption line the cleaner dropped, then two paragraphs separated by a CRLF pair.
    private static final String CAPTION = "Photo: archive\r\n";
    private static final String FIRST = "Mara Lind said the bridge would reopen in May.";
    private static final String SECOND = "The council rejected the plan, the mayor said.";

    @Test
    void firstVersionExtractsEveryStatementWithOriginalOffsets() {
        String cleaned = FIRST + "\n\n" + SECOND;
        RawArticle article = article(1, CAPTION + FIRST + "\r\n\r\n" + SECOND, cleaned, List.of(
                new OffsetSegment(0, CAPTION.length(), FIRST.length()),
                new OffsetSegment(FIRST.length() + 2, CAPTION.length() + FIRST.length() + 4, SECOND.length())));

        ArticleEvents events = StatementEventFactory.eventsFor(article,
                List.of(said(cleaned, MAYOR, "Mara Lind", "said", "the bridge would reopen in May"),
                        said(cleaned, COUNCIL, "The council", "rejected", "the plan")), null, NOW);

        assertThat(events.retracted()).isZero();
        assertThat(events.events()).extracting(StatementEvent::getEventType)
                .containsExactly(StatementEventType.EXTRACTED, StatementEventType.EXTRACTED);
        for (StatementEvent event : events.events()) {
            var content = event.getStatement().getContent();
            assertThat(article.getOriginalText().substring(content.getStart(), content.getEnd()))
                    .isEqualTo(content.getText());
        }
        var secondContent = events.events().get(1).getStatement().getContent();
        assertThat(secondContent.getText()).isEqualTo("the plan");
        assertThat(secondContent.getStart()).isEqualTo(article.getOriginalText().indexOf("the plan"));
        assertThat(events.state().statementIds()).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aNewVersionRetractsWhatIsGoneAndKeepsTheIdsOfWhatStayed() {
        String v1 = FIRST + "\n\n" + SECOND;
        ArticleEvents first = StatementEventFactory.eventsFor(plain(1, v1),
                List.of(said(v1, MAYOR, "Mara Lind", "said", "the bridge would reopen in May"),
                        said(v1, COUNCIL, "The council", "rejected", "the plan")), null, NOW);

        // Version 2 drops the first paragraph and adds a new sentence: offsets of the kept statement move.
        String v2 = SECOND + " Mara Lind said she would appeal.";
        ArticleEvents second = StatementEventFactory.eventsFor(plain(2, v2),
                List.of(said(v2, COUNCIL, "The council", "rejected", "the plan"),
                        said(v2, MAYOR, "Mara Lind", "said", "she would appeal")), first.state(), NOW);

        String bridgeId = first.state().statementIds().get(0);
        String planId = first.state().statementIds().get(1);
        assertThat(second.retracted()).isEqualTo(1);
        assertThat(second.events().get(0).getEventType()).isEqualTo(StatementEventType.RETRACTED);
        assertThat(second.events().get(0).getStatementId()).isEqualTo(bridgeId);
        assertThat(second.events().get(0).getStatement()).isNull();
        assertThat(second.state().statementIds()).contains(planId).doesNotContain(bridgeId).hasSize(2);
        StatementEvent kept = second.events().stream().filter(e -> e.getStatementId().equals(planId)).findFirst().orElseThrow();
        assertThat(kept.getArticleVersion()).isEqualTo(2);
        assertThat(kept.getStatement().getContent().getStart()).isEqualTo(v2.indexOf("the plan"));
    }

    @Test
    void idsIgnoreTypographyButCountRepeatedStatements() {
        String text = "Lind said \u201Cno\u201D. Later Lind said \"No\" again.";
        ArticleEvents events = StatementEventFactory.eventsFor(plain(1, text),
                List.of(said(text, MAYOR, "Lind", "said", "\u201Cno\u201D"), saidAt(text, MAYOR, 22, "said", "\"No\"")),
                null, NOW);

        assertThat(events.state().statementIds()).hasSize(2).doesNotHaveDuplicates();
        assertThat(StatementIds.statementId("article-1", "Lind", "said", "\u201Cno\u201D", 0))
                .isEqualTo(StatementIds.statementId("article-1", "lind ", " Said", "\"No\"", 0))
                .isEqualTo(events.state().statementIds().get(0));
    }

    @Test
    void theIdDoesNotDependOnHowTheSpeakerWasResolved() {
        String text = FIRST;
        Actor sameMayorResolvedElsewhere = new Actor("person:mara-lind", "Mara Lind", ActorKind.PERSON, "SWE", null, null);
        ArticleEvents once = StatementEventFactory.eventsFor(plain(1, text),
                List.of(said(text, MAYOR, "Mara Lind", "said", "the bridge would reopen in May")), null, NOW);
        ArticleEvents again = StatementEventFactory.eventsFor(plain(1, text),
                List.of(said(text, sameMayorResolvedElsewhere, "Mara Lind", "said", "the bridge would reopen in May")),
                null, NOW);

        assertThat(again.state().statementIds()).isEqualTo(once.state().statementIds());
    }

    @Test
    void reprocessingTheSameVersionGivesTheSameEventIds() {
        String text = FIRST;
        List<ExtractedStatement> statements = List.of(said(text, MAYOR, "Mara Lind", "said", "the bridge would reopen in May"));
        ArticleEvents once = StatementEventFactory.eventsFor(plain(1, text), statements, null, NOW);
        ArticleEvents again = StatementEventFactory.eventsFor(plain(1, text), statements, null, NOW.plusSeconds(60));

        assertThat(again.events()).extracting(StatementEvent::getEventId)
                .isEqualTo(once.events().stream().map(StatementEvent::getEventId).toList());
        assertThat(StatementIds.eventId("a", 2, "s", StatementEventType.EXTRACTED))
                .isNotEqualTo(StatementIds.eventId("a", 2, "s", StatementEventType.RETRACTED))
                .isNotEqualTo(StatementIds.eventId("a", 3, "s", StatementEventType.EXTRACTED));
    }

    @Test
    void aPreviousStateWithTheSameStatementsRetractsNothing() {
        String text = FIRST;
        List<ExtractedStatement> statements = List.of(said(text, MAYOR, "Mara Lind", "said", "the bridge would reopen in May"));
        ArticleEvents once = StatementEventFactory.eventsFor(plain(1, text), statements, null, NOW);
        ArticleState previous = new ArticleState("article-1", 1, once.state().statementIds());

        ArticleEvents next = StatementEventFactory.eventsFor(plain(2, "Update. " + text),
                List.of(saidAt("Update. " + text, MAYOR, 8, "said", "the bridge would reopen in May")), previous, NOW);

        assertThat(next.retracted()).isZero();
        assertThat(next.state().statementIds()).isEqualTo(once.state().statementIds());
    }

    private static ExtractedStatement said(String text, Actor speaker, String mention, String cue, String content) {
        return saidAt(text, speaker, text.indexOf(mention), cue, content);
    }

    private static ExtractedStatement saidAt(String text, Actor speaker, int mentionStart, String cue, String content) {
        int cueStart = text.indexOf(cue, mentionStart);
        int contentStart = text.indexOf(content, mentionStart);
        int mentionEnd = text.indexOf(' ', mentionStart + 1);
        return new ExtractedStatement(speaker,
                new TextSpan(text.substring(mentionStart, mentionEnd), mentionStart, mentionEnd),
                new TextSpan(cue, cueStart, cueStart + cue.length()),
                new TextSpan(content, contentStart, contentStart + content.length()),
                content.startsWith("\"") || content.startsWith("\u201C"), List.of(), StatementType.STATEMENT, 0.0,
                null, null, List.of(), List.of());
    }

    private static RawArticle plain(int version, String text) {
        return article(version, text, text, List.of(new OffsetSegment(0, 0, text.length())));
    }

    private static RawArticle article(int version, String original, String cleaned, List<OffsetSegment> segments) {
        return RawArticle.newBuilder()
                .setArticleId("article-1")
                .setVersion(version)
                .setContentHash("hash-" + version)
                .setLanguage("en")
                .setOriginalText(original)
                .setCleanedText(cleaned)
                .setOffsetMap(segments)
                .setContentType("text/plain")
                .setSource(IngestSource.HTTP)
                .setIngestedAt(NOW)
                .build();
    }
}
