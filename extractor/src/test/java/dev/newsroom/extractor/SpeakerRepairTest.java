package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Speakers and content the parse splits wrongly: titles cut from names, quotes of two sentences, objects of "said". */
class SpeakerRepairTest {

    @Test
    void aTitleBeforeANameIsThePerson() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "Norway's foreign ministry spokeswoman Ingrid Solbakken told the NRK channel that the talks had failed.\n");
        assertEquals("Ingrid Solbakken", find(all, "told", "the talks had failed").speaker().name());
    }

    @Test
    void aQuoteOfTwoSentencesBeforeItsAttributionIsOneStatement() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Chile's mining ministry rejected the report on Monday. “We are not hiding any figures. Our counts are checked by auditors,” mining minister Paula Errázuriz said in a statement.
                """);
        ExtractedStatement s = find(all, "said", "We are not hiding any figures. Our counts are checked by auditors");
        assertTrue(s.direct());
        assertEquals("Paula Errázuriz", s.speaker().name());
    }

    @Test
    void saidTakesAClauseWhateverTheParseMadeOfIt() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "Peru's president, Luis Aranda Quispe, said Ecuador's refusal to accept the results was irresponsible.\n");
        find(all, "said", "Ecuador's refusal to accept the results was irresponsible");
    }

    @Test
    void callingSomethingAVerdictIsAStatement() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "The Danish government condemned the Swedish fishing plan, calling it “a reckless gamble with the fish stocks”.\n");
        assertEquals("DNK", find(all, "calling it", "a reckless gamble with the fish stocks").speaker().side());
    }

    @Test
    void theGroupsSpokesmanTakesTheGroupsSide() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Talks stalled between the army and the Western Plains Liberation Front (WPLF) on Monday.
                “We will not return to the table,” the group’s spokesman, Tomas Arbenz Lugo, told reporters.
                """);
        assertEquals("WPLF", find(all, "told", "We will not return to the table").speaker().side());
    }

    @Test
    void theSubjectOfAnOpeningClauseIsNotTheSpeaker() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                When Norway last placed duties on Danish salmon over subsidies, Trade Minister Sigrid Aalvik commented that “Norway will not stand idly by as subsidised fish floods our markets.”
                """);
        assertEquals("Sigrid Aalvik", find(all, "commented", "Norway will not stand idly by as subsidised fish floods our markets.").speaker().name());
    }

    @Test
    void anAcronymInCapitalsIsNoPerson() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The pact is called NORSEC, an acronym of the names of its three members. Iceland says it was told of it hours before it was announced.
                The Icelandic foreign minister said the decision was taken in bad faith.
                """);
        ExtractedStatement said = find(all, "said", "the decision was taken in bad faith");
        assertTrue(!said.speaker().name().contains("NORSEC"), said.speaker().toString());
        assertEquals("ISL", said.speaker().side());
    }

    @Test
    void aDefiniteGroupWithAnAppositionIsTheGroupNamedBefore() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Fighters of the Kivu Liberation Front seized two villages on Sunday, local officials said.
                The rebel group, a mostly Congolese militia, said the government had broken the truce.
                """);
        ExtractedStatement said = find(all, "said", "the government had broken the truce");
        assertEquals("Kivu Liberation Front", said.speaker().name());
    }

    @Test
    void anAbbreviatedTitleInAHeadlineNamesTheRoleHolder() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                S. Korea vice FM calls in Danish ambassador over fishing quotas

                South Korea's First Vice Foreign Minister Park Ji-won summoned the Danish ambassador on Monday to protest over the quotas.
                """);
        assertEquals("Park Ji-won", find(all, "calls", "in Danish ambassador over fishing quotas").speaker().name());
    }

    @Test
    void aRelativePronounTheParseLeftAloneSpeaksForTheNameBeforeIt() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                But Ann Lee lined up with Tom Rey, who has said he does not support changing the rules.
                """);
        assertEquals("Tom Rey", find(all, "said", "he does not support changing the rules").speaker().name());
    }

    @Test
    void itAfterAQuoteIsTheBodyOfTheMainClauseBefore() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The Chilean foreign ministry said in a statement that Chile had recalled its ambassador from Lima, after Peru summoned the Chilean envoy and demanded an apology.
                "Given the gravity of the remarks made this morning by the government of Peru, the minister has summoned the Peruvian ambassador," it said.
                """);
        assertEquals("CHL", find(all, "said", "Given the gravity of the remarks made this morning by the government of Peru, "
                + "the minister has summoned the Peruvian ambassador").speaker().side());
    }
}
