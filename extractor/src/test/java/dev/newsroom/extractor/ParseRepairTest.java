package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ActorKind;
import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Indirect speech and coordinated cues that survive a parse confused by quotation marks. */
class ParseRepairTest {

    private static final List<ExtractedStatement> STATEMENTS = SharedExtractor.extract("""
            Danish Labour Minister Freja Holmgaard said Copenhagen was “watching the dispute closely” and called on both sides to resume talks.
            Estonia’s interior ministry said the Latvian figures were “based on estimates, not on counts” and insisted the border was being patrolled.
            Lithuania’s envoy, Darius Vaitkus, said Vilnius could not back a plan that “rewards delay,” and accused Minsk of stalling the talks.
            Ilse Brandvold, wearing a harbour workers’ cap covered in union pins, said she’s proud of the way the port is run.
            A person familiar with the planning for Friday’s summit says the talks will focus first on fishing quotas.
            Appearing before cheering supporters Monday morning at the party headquarters, Oyelaran, 70, said it was too early to congratulate winners.
            """);

    @Test
    void speechWithAMixedQuoteTheParseMissedRunsToTheNextCue() {
        ExtractedStatement said = find(STATEMENTS, "said", "Copenhagen was “watching the dispute closely”");
        assertEquals("Freja Holmgaard", said.speaker().name());
    }

    @Test
    void aCoordinatedCueWithoutItsOwnSubjectKeepsTheSpeaker() {
        ExtractedStatement insisted = find(STATEMENTS, "insisted", "the border was being patrolled");
        assertEquals("EST", insisted.speaker().side());
    }

    @Test
    void aSubjectInsideTheReportedClauseIsNotTheSubjectOfTheNextCue() {
        ExtractedStatement accused = find(STATEMENTS, "accused", "Minsk of stalling the talks");
        assertEquals("Darius Vaitkus", accused.speaker().name());
    }

    @Test
    void aSubjectTheParseLostBeforeAParticiplePhraseIsReadFromTheWords() {
        // the parser hangs "covered" on "said" as its clause and leaves "said" without a subject
        ExtractedStatement said = find(STATEMENTS, "said", "she’s proud of the way the port is run");
        assertEquals("Ilse Brandvold", said.speaker().name());
    }

    @Test
    void aPersonFamiliarWithSomethingIsAnUnnamedSource() {
        ExtractedStatement says = find(STATEMENTS, "says", "the talks will focus first on fishing quotas");
        assertEquals(ActorKind.UNNAMED, says.speaker().kind());
        assertEquals("A person familiar with the planning for Friday’s summit", says.mention().text());
    }

    @Test
    void aSubjectAfterAnOpeningParticiplePhraseIsReadFromTheWords() {
        assertEquals("Oyelaran", find(STATEMENTS, "said", "it was too early to congratulate winners").mention().text());
    }
}
