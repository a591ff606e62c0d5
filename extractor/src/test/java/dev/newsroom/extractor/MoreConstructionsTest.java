package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.assertStatement;
import static dev.newsroom.extractor.Statements.find;
import static dev.newsroom.extractor.model.ActorKind.GOVERNMENT;
import static dev.newsroom.extractor.model.ActorKind.PERSON;
import static dev.newsroom.extractor.model.ActorKind.UNNAMED;
import static dev.newsroom.extractor.model.StatementType.APPROVE;
import static dev.newsroom.extractor.model.StatementType.APPEAL;
import static dev.newsroom.extractor.model.StatementType.DISAPPROVE;
import static dev.newsroom.extractor.model.StatementType.INTENT;
import static dev.newsroom.extractor.model.StatementType.STATEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Headline colons, mixed and continued quotes, noun cues, participles, pronouns and unnamed speakers. */
class MoreConstructionsTest {

    private static final List<ExtractedStatement> STATEMENTS = SharedExtractor.extract("""
            Moreau: Paris will not sign the fisheries pact this year

            French Foreign Minister Claire Moreau said relations with Madrid remain “stable and predictable” despite the row.
            “We have asked for the catch data three times,” Moreau said on the Nordvision TV channel.
            “Until we get it, there is nothing to discuss.”
            Ruiz's comments signaled concern that the talks could collapse.
            The Spanish government reacted by calling on France to recall its envoy, describing the move as unacceptable.
            Norway has long opposed the plan. It condemned the vote on Friday.
            Several Danish officials criticized the decision.
            An Italian diplomat said Rome would stay neutral.
            Spain's fisheries minister, Pablo Ruiz, welcomed the French offer of new survey data.
            """);

    @Test
    void headlineWithColonNamesTheSpeakerFirst() {
        ExtractedStatement s = find(STATEMENTS, ":", "Paris will not sign the fisheries pact this year");
        assertEquals("Claire Moreau", s.speaker().name());
        assertEquals("FRA", s.speaker().side());
    }

    @Test
    void mixedQuoteIsIndirectSpeech() {
        assertStatement(STATEMENTS, "Claire Moreau", "FRA", PERSON, "said",
                "relations with Madrid remain “stable and predictable” despite the row", false, STATEMENT);
        assertEquals("ESP", find(STATEMENTS, "said",
                "relations with Madrid remain “stable and predictable” despite the row").targets().get(0).side());
    }

    @Test
    void quoteContinuedInTheNextParagraphKeepsItsSpeakerAndChannel() {
        ExtractedStatement first = find(STATEMENTS, "said", "We have asked for the catch data three times");
        assertEquals("Claire Moreau", first.speaker().name());
        assertTrue(first.direct());
        assertEquals("Nordvision TV", first.via().name());
        ExtractedStatement continued = find(STATEMENTS, "said", "Until we get it, there is nothing to discuss.");
        assertEquals(first.speaker().id(), continued.speaker().id());
        assertTrue(continued.direct());
    }

    @Test
    void possessiveNounCueAndASurnameNamedInFullLater() {
        ExtractedStatement s = find(STATEMENTS, "signaled concern", "the talks could collapse");
        assertEquals("Pablo Ruiz", s.speaker().name());
        assertEquals("ESP", s.speaker().side());
        assertEquals(DISAPPROVE, s.type());
        assertEquals(1, STATEMENTS.stream().filter(x -> x.content().text().contains("the talks could collapse")).count(),
                "noun and verb cue of one remark give one statement");
    }

    @Test
    void participlesShareTheSpeakerOfTheirSentence() {
        assertStatement(STATEMENTS, "Spain", "ESP", GOVERNMENT, "calling on", "France to recall its envoy", false, APPEAL);
        assertStatement(STATEMENTS, "Spain", "ESP", GOVERNMENT, "describing", "the move as unacceptable", false, DISAPPROVE);
    }

    @Test
    void itIsTheStateOfThePreviousSentence() {
        assertStatement(STATEMENTS, "Norway", "NOR", GOVERNMENT, "condemned", "the vote on Friday", false, DISAPPROVE);
    }

    @Test
    void unnamedSpeakersKeepTheirSide() {
        assertStatement(STATEMENTS, "Danish officials", "DNK", UNNAMED, "criticized", "the decision", false, DISAPPROVE);
        assertStatement(STATEMENTS, "Italian diplomat", "ITA", UNNAMED, "said", "Rome would stay neutral", false, INTENT);
    }

    @Test
    void approvalTargetsTheOtherSide() {
        ExtractedStatement s = find(STATEMENTS, "welcomed", "the French offer of new survey data");
        assertEquals(APPROVE, s.type());
        assertEquals("Pablo Ruiz", s.speaker().name());
        assertEquals("FRA", s.targets().get(0).side());
        assertEquals(List.of("ESP~FRA"), s.disputes(), "conciliatory statements between disputing sides join the dispute");
    }

    @Test
    void aQuoteAfterAColonEndingAShortTailIsTheContent() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Ann Lee, a member of the harbour council, spoke on Monday.

                Lee wrote on Twitter: “Barred from the harbour for asking about the permits. I will not stay quiet.”
                """);
        ExtractedStatement wrote = find(all, "wrote", "Barred from the harbour for asking about the permits. I will not stay quiet.");
        assertEquals("Ann Lee", wrote.speaker().name());
        assertTrue(wrote.direct());
    }

    @Test
    void aParagraphAfterAnAttributionEndingInAColonIsABlockQuote() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Ann Lee, a member of the harbour council, spoke on Monday.

                Lee told the morning radio programme:

                The permits were granted in secret and the council was never consulted.

                The ferry company declined to comment.
                """);
        ExtractedStatement told = find(all, "told", "The permits were granted in secret and the council was never consulted.");
        assertEquals("Ann Lee", told.speaker().name());
        assertTrue(told.direct());
        assertTrue(all.stream().noneMatch(s -> s.content().text().contains("declined")), Statements.describe(all));
    }
}
