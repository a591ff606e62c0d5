package dev.newsroom.extractor;

import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static dev.newsroom.extractor.model.StatementType.APPEAL;
import static dev.newsroom.extractor.model.StatementType.REJECT;
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
        ExtractedStatement s = find(all, "vetoed a resolution", "on fishing quotas at the Security Council on Friday");
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
}
