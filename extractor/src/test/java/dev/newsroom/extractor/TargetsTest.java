package dev.newsroom.extractor;

import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static dev.newsroom.extractor.model.StatementType.APPEAL;
import static dev.newsroom.extractor.model.StatementType.REJECT;
import static dev.newsroom.extractor.model.StatementType.STATEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whom a statement is aimed at: the addressee of its cue, and the side its speaker confronts elsewhere. */
class TargetsTest {

    private static final List<ExtractedStatement> STATEMENTS = SharedExtractor.extract("""
            Portugal on Tuesday accused Morocco of violating the fishing accord off the Atlantic coast.
            The Portuguese government urged Morocco to return the seized trawlers.
            Morocco rejected the accusation.
            """);

    @Test
    void theAddresseeOfAnAppealIsItsTarget() {
        ExtractedStatement s = find(STATEMENTS, "urged", "to return the seized trawlers");
        assertEquals(APPEAL, s.type());
        assertEquals(List.of("MAR"), s.targets().stream().map(Actor::side).toList());
    }

    @Test
    void aRejectionNamingNobodyIsAimedAtTheSideItsSpeakerConfronts() {
        ExtractedStatement s = find(STATEMENTS, "rejected", "the accusation");
        assertEquals(REJECT, s.type());
        assertEquals(List.of("PRT"), s.targets().stream().map(Actor::side).toList());
    }

    @Test
    void aDemonymNamesATargetOnlyForTheStatesAgentsOrActs() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Greece's defence ministry said Turkish warships had entered its waters near a Cypriot fishing village.
                """);
        ExtractedStatement s = find(all, "said", "Turkish warships had entered its waters near a Cypriot fishing village");
        assertEquals(List.of("TUR"), s.targets().stream().map(Actor::side).toList());
    }

    @Test
    void theCapitalisedLastWordOfAnOrganisationNamedBeforeStandsForIt() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The European Commission proposed new duties on Norwegian salmon on Monday.
                Sweden's trade minister, Elin Bergkvist, welcomed the Commission's proposal.
                """);
        ExtractedStatement s = find(all, "welcomed", "the Commission's proposal");
        assertEquals(List.of("EU"), s.targets().stream().map(Actor::side).toList());
    }

    @Test
    void aVetoedResolutionIsAimedAtTheStatesThatPutItForward() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Portugal vetoed a resolution on fishing quotas at the Security Council on Friday.
                The resolution had been drafted by Norway. Iceland had proposed the draft.
                """);
        ExtractedStatement s = find(all, "vetoed", "a resolution on fishing quotas at the Security Council on Friday");
        assertEquals(REJECT, s.type());
        assertEquals(List.of("NOR", "ISL"), s.targets().stream().map(Actor::side).toList());
    }

    @Test
    void statesNamedAsADestinationOrAPlaceAreNoTargets() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The Danish prime minister said he would raise the concerns on a trip to Norway and Finland next week.
                """);
        ExtractedStatement s = find(all, "said", "he would raise the concerns on a trip to Norway and Finland next week");
        assertEquals(List.of(), s.targets());
    }

    @Test
    void aTypedStatementNamingNobodyAnswersTheConfrontedSideAPlainOneNobody() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Portugal on Tuesday accused Morocco of seizing three trawlers off the Atlantic coast.
                Lisbon urged Morocco to release the crews.
                Morocco's fisheries ministry said it was deeply concerned by the incursion.
                The weather was calm all week. Fishermen gathered in the harbour of Agadir on Saturday.
                The Moroccan navy said the trawlers had docked in Agadir on Friday.
                """);
        assertEquals(List.of("PRT"), find(all, "said", "it was deeply concerned by the incursion")
                .targets().stream().map(Actor::side).toList());
        ExtractedStatement plain = find(all, "said", "the trawlers had docked in Agadir on Friday");
        assertEquals(STATEMENT, plain.type());
        assertEquals(List.of(), plain.targets());
    }

    @Test
    void aPersonWhoseActsOrWordsTheContentIsAboutIsATarget() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Swedish Prime Minister Lars Ekholm spoke in Uppsala on Monday.
                Norway's foreign minister, Kari Dahl, said Ekholm's remarks were deeply regrettable.
                A Danish diplomat said the delegates had met Ekholm in Uppsala last year.
                """);
        assertEquals(List.of("SWE"), find(all, "said", "Ekholm's remarks were deeply regrettable")
                .targets().stream().map(Actor::side).toList());
        assertEquals(List.of(), find(all, "said", "the delegates had met Ekholm in Uppsala last year").targets());
    }

    @Test
    void aDemonymTitleBeforeANameNamesTheStatesAgent() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                The Norwegian government accused the Swedish leader Lars Ekholm of breaking the fishing accord.
                """);
        ExtractedStatement s = find(all, "accused", "the Swedish leader Lars Ekholm of breaking the fishing accord");
        assertEquals(List.of("SWE"), s.targets().stream().map(Actor::side).toList());
    }

    @Test
    void aMeasureOnAStatesGoodsOrFirmsIsAimedAtTheState() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Norway threatened to impose 40% tariffs on imported Swedish timber.
                Denmark announced new quotas for Finnish students at its universities.
                """);
        assertEquals(List.of("SWE"), find(all, "threatened", "to impose 40% tariffs on imported Swedish timber")
                .targets().stream().map(Actor::side).toList());
        assertEquals(List.of(), find(all, "announced", "new quotas for Finnish students at its universities").targets());
    }

    @Test
    void anAppealToBothSidesIsAimedAtTheTwoSidesOfTheArticlesDispute() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Portugal accused Morocco of seizing three trawlers off the Atlantic coast.
                Morocco rejected the accusation on Wednesday.
                The European Commission urged both sides to settle the matter through talks.
                A Commission spokesman said both sides had met in Brussels last year.
                """);
        assertEquals(List.of("PRT", "MAR"), find(all, "urged", "to settle the matter through talks")
                .targets().stream().map(Actor::side).sorted(java.util.Comparator.reverseOrder()).toList());
        assertEquals(List.of(), find(all, "said", "both sides had met in Brussels last year").targets());
    }

    @Test
    void theStatesAnEnvoyIsPostedInAreTheTargetsOfARecallOtherStatesNamedAsPlacesAreNot() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Norway recalls envoys in Sweden and Finland over fishing deal
                The Danish minister said the ferry talks in Sweden had ended.
                """);
        assertEquals(List.of("SWE", "FIN"), find(all, "recalls", "envoys in Sweden and Finland over fishing deal")
                .targets().stream().map(Actor::side).toList());
        assertEquals(List.of(), find(all, "said", "the ferry talks in Sweden had ended").targets());
    }

    @Test
    void aStateNamedInPassingInsideTheContentIsNoTargetTheStatesOfARowBetweenTwoAre() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Governor Ann Dale said the toll plan would cost drivers more than a similar scheme in the hills of Norway.
                The Danish foreign minister said talks between Sweden and Finland had failed.
                """);
        assertEquals(List.of(), find(all, "said",
                "the toll plan would cost drivers more than a similar scheme in the hills of Norway").targets());
        assertEquals(List.of("SWE", "FIN"), find(all, "said", "talks between Sweden and Finland had failed")
                .targets().stream().map(Actor::side).toList());
    }

    @Test
    void aCandidatesRebukeNamingNobodyIsNotAimedAtAForeignSideTheArticleMentions() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Senator Mark Lowell, a Republican presidential candidate, toured Ohio on Monday.
                The Vatican said Pope Francis had declined to meet with Lowell at a conference in Rome.
                Lowell criticised the tax bill passed by the House last week.
                """);
        ExtractedStatement rebuke = find(all, "criticised", "the tax bill passed by the House last week");
        assertEquals(List.of(), rebuke.targets());
        assertEquals(List.of(), rebuke.disputes());
    }
}
