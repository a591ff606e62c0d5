package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A speaker's side comes only from evidence about the speaker: titles, appositions, party labels. */
class SideEvidenceTest {

    @Test
    void aPreposedAdverbialNamingAStateGivesNoSide() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                After the floods in Portugal, Marten Olbrey said the relief fund was too small.
                """);
        assertNull(find(all, "said", "the relief fund was too small").speaker().side());
    }

    @Test
    void anAppositionWithARoleGivesTheSide() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Portugal's foreign minister, Tiago Valmonte, said the talks had failed.
                """);
        assertEquals("PRT", find(all, "said", "the talks had failed").speaker().side());
    }

    @Test
    void aParticleBeforeATitleDoesNotHideTheTitlesState() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Norway's deputy foreign minister on Monday called in Swedish Ambassador Lars Quennby over the fishing dispute.
                Quennby said he would relay the complaint to his government.
                """);
        assertEquals("SWE", find(all, "said", "he would relay the complaint to his government").speaker().side());
    }

    @Test
    void aPartyLabelInTheAppositionGivesTheStateTheArticleNames() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Britain and Iran traded accusations on Tuesday.
                Dana Merriweather, a Conservative MP, said the sanctions would change nothing.
                Senator Ray Calloway (R-Ohio) said the deal was weak.
                """);
        assertEquals("GBR", find(all, "said", "the sanctions would change nothing").speaker().side());
        assertEquals("USA", find(all, "said", "the deal was weak").speaker().side());
    }

    @Test
    void anAdverbTaggedPremodifierKeepsTheTitleInTheApposition() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Ann Roberts, the Labour Welsh first minister, said the levy was a mistake.
                Olek Varga, the then Hungarian foreign minister, said the border would stay open.
                """);
        assertEquals("GBR", find(all, "said", "the levy was a mistake").speaker().side());
        assertEquals("HUN", find(all, "said", "the border would stay open").speaker().side());
    }

    @Test
    void aDemonymNamingAFieldOrAnOriginGivesNoSide() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Officials met on Monday.

                Roman Vesk, a professor of Armenian history at a California university, said the decision was a disgrace.
                """);
        assertNull(find(all, "said", "the decision was a disgrace").speaker().side());
    }

    @Test
    void aNameAfterAPrepositionHasNoTitleBeforeIt() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Officials met in Lima on Monday.

                The actors share the widespread Peruvian dislike of Tom Brandvold's plans.
                Brandvold said he would build the new toll road anyway.
                """);
        assertNull(find(all, "said", "he would build the new toll road anyway").speaker().side());
    }

    @Test
    void aLegislatorDoesNotTakeTheSideOfTheGovernmentThatSpokeBefore() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Iran's foreign ministry said the sanctions on British lawmakers were justified.
                Lawmaker Petra Holmqvist-Ude said she would not be intimidated.
                """);
        assertNotEquals("IRN", find(all, "said", "she would not be intimidated").speaker().side());
    }

    @Test
    void aRegionalDemonymInAnAppositionGivesTheState() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Aled Prydderch, the Labour Welsh first minister, said the response had been measured.
                """);
        assertEquals("GBR", find(all, "said", "the response had been measured").speaker().side());
    }

    @Test
    void aHyphenatedOriginIsNotTheSpeakersState() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Carla Menendez-Ruiz, a Cuban-American congresswoman, said the embargo should stay.
                """);
        assertNotEquals("CUB", find(all, "said", "the embargo should stay").speaker().side());
    }

    @Test
    void theDefiniteRoleTakesTheSideOfTheSameRoleDescribedJustBefore() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                On Friday, a senior Dutch diplomat spoke of a crisis in relations with Belgium.
                The diplomat, who spoke on condition of anonymity, said the decision was a strategic question.
                """);
        assertEquals("NLD", find(all, "said", "the decision was a strategic question").speaker().side());
    }

    @Test
    void aGovernmentSeatedInACapitalIsThatState() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Norway said it had expelled Chile's ambassador after the government in Santiago expressed concern over the arrests.
                """);
        ExtractedStatement concern = find(all, "expressed concern", "over the arrests");
        assertEquals("CHL", concern.speaker().side());
    }

    @Test
    void anUnnamedSpokesmanSpeaksForTheSideOfThePersonWhoseSpokesmanHeIs() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Chilean President Gabriel Boric met Norwegian Prime Minister Jonas Gahr Store on Monday.
                The lawyer Marta Lund attended the meeting.
                Mr Store's spokesman described the Chilean remarks as unhelpful.
                Mr Boric's spokesman said the talks would go on.
                """);
        ExtractedStatement described = find(all, "described", "the Chilean remarks as unhelpful");
        assertEquals("NOR", described.speaker().side());
        assertNotEquals("Marta Lund", described.speaker().name());
        assertEquals("CHL", find(all, "said", "the talks would go on").speaker().side());
    }

    @Test
    void theLeaderOfAStateIsItsHeadNamedInTheArticle() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Chilean President Gabriel Boric met Norwegian Prime Minister Jonas Gahr Store on Monday.
                The Chilean leader said the talks had been difficult. The Norwegian leader said they had been useful.
                """);
        assertEquals("Gabriel Boric", find(all, "said", "the talks had been difficult").speaker().name());
        assertEquals("Jonas Gahr Store", find(all, "said", "they had been useful").speaker().name());
    }

    @Test
    void anAmbiguousDemonymNamesTheCandidateTheArticleNamesUnambiguously() {
        assertEquals("COD", find(SharedExtractor.extract("""
                Talks between Kinshasa and Kigali stalled on Monday.
                A Congolese official said the border crossing would stay closed.
                """), "said", "the border crossing would stay closed").speaker().side());
        assertNull(find(SharedExtractor.extract("""
                A Congolese official said the border crossing would stay closed.
                """), "said", "the border crossing would stay closed").speaker().side());
        assertNull(find(SharedExtractor.extract("""
                Ministers from Kinshasa and Brazzaville met on the river on Monday.
                A Congolese official said the ferry would stay closed.
                """), "said", "the ferry would stay closed").speaker().side());
    }

    @Test
    void aPartyWordInATitleCaseHeadlineIsNoPartyLabel() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Veteran Heads of Conservative Movement Rally in Support of Dale Harlow.

                The old guard of the movement, who met in Britain last year, back Sen. Dale Harlow in the US primary. American donors and American voters agree.

                Harlow said the race was wide open.
                """);
        assertNotEquals("GBR", find(all, "said", "the race was wide open").speaker().side());
    }

    @Test
    void aLanguageIsNoStateContext() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Labor news

                Labor Secretary Tomas Perales, a Spanish-speaking former teacher, is on the list. He also speaks fluent Spanish.

                Perales said the plan would fail.
                """);
        assertNull(find(all, "said", "the plan would fail").speaker().side());
    }
}
