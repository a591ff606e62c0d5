package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.describe;
import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attributions after their content, whatever the parse made of them: a quote closed by a comma, "?" or "!" and
 * followed by its speaker and verb, and a clause followed by ", <speaker> said" at the end of its sentence.
 */
class TrailingAttributionsTest {

    private static final List<ExtractedStatement> STATEMENTS = SharedExtractor.extract("""
            Harbour talks resume in Valmora

            Senator Dana Whitcombe and the farmer Ilse Brandvold spoke at the harbour on Monday.

            “Is the plan perfect? It is not,” Whitcombe said.

            "It is not," Brandvold said.

            "He vetoed each of our proposals," said Senator Dana Whitcombe.

            "Stability," said Brandvold, a farmer from the valley.

            "Here are the figures," Whitcombe said after a quick "good evening" to the audience.

            Calling the tariff “a grave mistake”, Trade Minister Oskar Lindqvist said on Monday the talks would continue.

            The ministry's report, “Water for All,” was published on Monday.

            Both Lee, head of the Harbour Board, and Berg, head of the Ferry Board, face a hard vote, Moland said.

            Norway has voiced deep concern over the fishing quotas, the ministry told a local paper on Tuesday.
            """);

    @Test
    void aQuoteSplitIntoSentencesByAQuestionMarkIsOneStatement() {
        ExtractedStatement said = find(STATEMENTS, "said", "Is the plan perfect? It is not");
        assertEquals("Dana Whitcombe", said.speaker().name());
        assertTrue(said.direct());
    }

    @Test
    void aShortQuoteTheParserReadsAsAPassiveStillHasItsSpeaker() {
        assertEquals("Brandvold", find(STATEMENTS, "said", "It is not").mention().text());
    }

    @Test
    void anInvertedAttributionAfterAQuoteWithAVerbOfItsOwn() {
        assertEquals("Dana Whitcombe", find(STATEMENTS, "said", "He vetoed each of our proposals").speaker().name());
    }

    @Test
    void aOneWordQuoteInAFrameIsSpeech() {
        assertEquals("Brandvold", find(STATEMENTS, "said", "Stability").mention().text());
    }

    @Test
    void theQuoteBeforeTheAttributionBeatsAQuoteAfterIt() {
        find(STATEMENTS, "said", "Here are the figures");
        assertTrue(STATEMENTS.stream().noneMatch(s -> s.content().text().contains("good evening")), describe(STATEMENTS));
    }

    @Test
    void aPartialQuoteEndingAClauseIsNoFrame() {
        ExtractedStatement said = find(STATEMENTS, "said", "the talks would continue");
        assertEquals("Oskar Lindqvist", said.speaker().name());
        assertTrue(STATEMENTS.stream().noneMatch(s -> s.cue().text().equals("said") && s.content().text().equals("a grave mistake")),
                describe(STATEMENTS));
    }

    @Test
    void aQuotedTitleIsNoStatement() {
        assertTrue(STATEMENTS.stream().noneMatch(s -> s.content().text().contains("Water for All")), describe(STATEMENTS));
    }

    @Test
    void aClauseBeforeATrailingAttributionTheParseMissedIsItsContent() {
        ExtractedStatement said = find(STATEMENTS, "said",
                "Both Lee, head of the Harbour Board, and Berg, head of the Ferry Board, face a hard vote");
        assertEquals("Moland", said.mention().text());
        assertFalse(said.direct());
    }

    @Test
    void aClauseWithACueOfItsOwnIsThatCuesStatement() {
        assertTrue(STATEMENTS.stream().anyMatch(s -> s.cue().text().startsWith("voiced")), describe(STATEMENTS));
        assertTrue(STATEMENTS.stream().noneMatch(s -> s.cue().text().equals("told")), describe(STATEMENTS));
    }

    @Test
    void aTrailingSpeakerMayBeFollowedByAnAppositionOrARelativeClause() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The ferry will cost more than planned, said Ann Lee, the director of the Harbour Budget Office in Valmora.

                The city runs the same old buses every year, said Tom Rey, who writes a transit blog.
                """);
        assertEquals("Ann Lee", find(all, "said", "The ferry will cost more than planned").speaker().name());
        assertEquals("Tom Rey", find(all, "said", "The city runs the same old buses every year").speaker().name());
    }
}
