package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ActorKind;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.StatementType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who speaks for whom: sides only from evidence about the speaker, identity, diplomatic acts and targets. */
class ActorPipelineTest {

    private static List<String> targetSides(ExtractedStatement s) {
        return s.targets().stream().map(t -> t.side()).toList();
    }

    @Test
    void aDatelineGivesNoSide() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "OSLO (Reuters) - Senator Mara Quill said the farm bill would pass next week.\n");
        assertNull(find(all, "said", "the farm bill would pass next week").speaker().side());
    }

    @Test
    void aStatesNameInsideAPersonsNameGivesNoSide() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "Jordan Pellow, a campaign adviser, said the polls were wrong about the county.\n");
        ExtractedStatement s = find(all, "said", "the polls were wrong about the county");
        assertNull(s.speaker().side());
        assertTrue(s.targets().isEmpty());
    }

    @Test
    void anOfficeHolderGetsTheSideOfTheOfficeAndASurnameAloneIsThatPerson() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Justin Trudeau said the pipeline talks would resume in June.
                Trudeau added that Canada would not change its position.
                """);
        ExtractedStatement first = find(all, "said", "the pipeline talks would resume in June");
        ExtractedStatement second = find(all, "added", "Canada would not change its position");
        assertEquals("CAN", first.speaker().side());
        assertEquals(first.speaker().id(), second.speaker().id());
    }

    @Test
    void aSurnameAloneOfAnOfficeHolderInAnArticleAboutTheStateIsTheOfficeHolder() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "Trudeau said Canada would keep its embassy open.\n");
        ExtractedStatement s = find(all, "said", "Canada would keep its embassy open");
        assertEquals(ActorKind.PERSON, s.speaker().kind());
        assertEquals("Justin Trudeau", s.speaker().name());
        assertEquals("CAN", s.speaker().side());
    }

    @Test
    void aSingleNameTheArticleNeverCompletesIsNoNewPerson() {
        List<ExtractedStatement> all = SharedExtractor.extract("Bob said the rally was a success.\n");
        ExtractedStatement s = find(all, "said", "the rally was a success");
        assertEquals(ActorKind.UNNAMED, s.speaker().kind());
        assertFalse(s.speaker().id().startsWith("person:"));
    }

    @Test
    void aSuffixIsNoSurnameAndTheSurnameAloneIsTheSamePerson() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Henry Vale Jr. said the count was wrong.
                Vale said he would go to court.
                """);
        ExtractedStatement first = find(all, "said", "the count was wrong");
        assertEquals("person:vale-henry-jr", first.speaker().id());
        assertEquals(first.speaker().id(), find(all, "said", "he would go to court").speaker().id());
    }

    @Test
    void inAPassiveDiplomaticActTheAgentSpeaksAndTheSubjectsStateIsTheTarget() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "Chile's ambassador was summoned by Peru over the fishing dispute.\n");
        ExtractedStatement s = find(all, "summoned", "over the fishing dispute");
        assertEquals("PER", s.speaker().side());
        assertEquals(StatementType.PROTEST, s.type());
        assertEquals(List.of("CHL"), targetSides(s));
        assertEquals(List.of("CHL~PER"), s.disputes());
    }

    @Test
    void expellingDiplomatsIsAProtestAgainstTheirState() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "Norway's foreign ministry said it was expelling two Danish diplomats over the spying case.\n");
        ExtractedStatement s = find(all, "said", "it was expelling two Danish diplomats over the spying case");
        assertEquals("NOR", s.speaker().side());
        assertEquals(StatementType.PROTEST, s.type());
        assertEquals(List.of("DNK"), targetSides(s));
    }

    @Test
    void announcedSanctionsAreAThreat() {
        List<ExtractedStatement> all = SharedExtractor.extract(
                "Norway's foreign ministry said it is imposing sanctions on three Danish shipping firms.\n");
        assertEquals(StatementType.THREATEN,
                find(all, "said", "it is imposing sanctions on three Danish shipping firms").type());
    }

    @Test
    void aStateNamedAsAPlaceOrAsATopicIsNoTarget() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Chile's foreign minister Ana Robles criticised the summit held in Peru.
                Senator Tom Ashdown criticised his rival's record on the Libya intervention.
                """);
        assertTrue(find(all, "criticised", "the summit held in Peru").targets().isEmpty());
        assertTrue(find(all, "criticised", "his rival's record on the Libya intervention").targets().isEmpty());
    }

    @Test
    void theExplanationNamesTheEvidenceOfSpeakerSideAndTargets() {
        List<StatementExplanation> all = SharedExtractor.get().explain(new ArticleText("test", null,
                "Chile's foreign minister Ana Robles condemned Peru's decision to close the border.\n",
                Instant.parse("2024-05-15T12:00:00Z"), "en"));
        StatementExplanation e = all.get(0);
        assertEquals("CHL", e.statement().speaker().side());
        assertTrue(e.speaker().contains("Ana Robles"), e.speaker());
        assertTrue(e.side().contains("Chile"), e.side());
        assertTrue(e.targets().get(0).startsWith("PER: "), e.targets().toString());
    }
}
