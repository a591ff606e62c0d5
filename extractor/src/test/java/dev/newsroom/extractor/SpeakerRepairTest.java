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
}
