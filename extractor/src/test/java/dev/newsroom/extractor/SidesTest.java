package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The side of a speaker: from titles, institutions, the article's governments and the knowledge base. */
class SidesTest {

    @Test
    void specializedAgenciesAreTheirOwnSideAndUnProgrammesAreTheUn() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The World Health Organization said the outbreak was spreading faster than expected.
                The UN refugee agency said more than 12,000 people had crossed the border.
                """);
        assertEquals("WHO", find(all, "said", "the outbreak was spreading faster than expected").speaker().side());
        assertEquals("UN", find(all, "said", "more than 12,000 people had crossed the border").speaker().side());
    }

    @Test
    void aCapitalThatIsAlsoAnInternationalBodysSeatStandsForTheBody() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "Brussels warned that it would answer any new levy on its farm exports.\n");
        assertEquals("EU", find(all, "warned", "it would answer any new levy on its farm exports").speaker().side());
    }

    @Test
    void anOfficialTakesTheStateOfANamedInstitutionInTheTitle() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Washington and Oslo held talks on fishing quotas on Monday.
                State Department spokesman Pim Vosters said the talks would continue in the autumn.
                """);
        assertEquals("USA", find(all, "said", "the talks would continue in the autumn").speaker().side());
    }

    @Test
    void anOfficialWithoutAStateServesTheGovernmentThatSpokeJustBefore() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Kenya's government rejected the report by the rebels on Tuesday.
                Information minister Tomas Wekesa said the figures were invented.
                """);
        assertEquals("KEN", find(all, "said", "the figures were invented").speaker().side());
    }

    @Test
    void aUnionOfficialTakesNoStateFromTheArticle() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Canada's labour ministry said it was following the dispute closely.
                Union president Mara Lindqvist-Dahl said the walkout would go on until Friday.
                """);
        assertNull(find(all, "said", "the walkout would go on until Friday").speaker().side());
    }

    @Test
    void aSurnameWrittenFirstIsTheSamePersonAndQuotedWordsGiveNoSide() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Chinese foreign ministry spokesperson Zhou Hanwei told reporters that the patrols were lawful.
                “The Vietnamese side has ignored every warning,” Zhou said.
                """);
        ExtractedStatement first = find(all, "told", "the patrols were lawful");
        ExtractedStatement second = find(all, "said", "The Vietnamese side has ignored every warning");
        assertEquals(first.speaker().id(), second.speaker().id());
        assertEquals("CHN", second.speaker().side());
    }

    @Test
    void itIsTheBodyThatSpokeInThePreviousSentence() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The Norwegian foreign ministry rejected Sweden's account of the incident. It said it had summoned the Swedish ambassador.
                """);
        ExtractedStatement it = find(all, "said", "it had summoned the Swedish ambassador");
        assertEquals("NOR", it.speaker().side());
    }

    @Test
    void theBodyAFormerOfficialNowChairsIsTheirSide() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                “Both sides must keep their word,” said former Kenyan president Daniel Otieno Wambua, who chairs the AU mediation panel.
                """);
        assertEquals("AU", find(all, "said", "Both sides must keep their word").speaker().side());
    }

    @Test
    void anUnnamedSpokespersonSpeaksForTheGovernmentThatSpokeBefore() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Downing Street rejected the claim on Monday. A spokesperson for the prime minister said the rules were lawful.
                A Western diplomat said the row would pass.
                """);
        assertEquals("GBR", find(all, "said", "the rules were lawful").speaker().side());
        assertNull(find(all, "said", "the row would pass").speaker().side());
    }

    @Test
    void aSecretaryGeneralsSpokespersonSpeaksForTheUn() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                France urged restraint on Monday. Secretary-General spokesman Ahmed Karimov said the violence had to stop.
                """);
        assertEquals("UN", find(all, "said", "the violence had to stop").speaker().side());
    }

    @Test
    void aNamedInstitutionInAppositionIsTheSpeaker() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "Pakistan's military media wing, Inter-Services Public Relations, said Indian troops had fired first.\n");
        assertEquals("Pakistani Inter-Services Public Relations", find(all, "said", "Indian troops had fired first").speaker().name());
    }

    @Test
    void aSeatOfGovernmentAfterAGovernmentsNounNamesItsStateAPlaceDoesNot() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Sweden expelled two Norwegian diplomats on Monday.
                The government in Oslo said the expulsions were a grave mistake.
                Officials in Stockholm said the talks in Oslo had stalled.
                """);
        assertEquals("NOR", find(all, "said", "the expulsions were a grave mistake").speaker().side());
        assertEquals("SWE", find(all, "said", "the talks in Oslo had stalled").speaker().side());
    }
}
