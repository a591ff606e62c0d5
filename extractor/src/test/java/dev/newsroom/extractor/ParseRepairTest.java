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
            Ilse Brandvold, holding a banner painted with harbour scenes, said she’s glad the port stays open all winter.
            A person familiar with the agenda for Friday’s ferry conference says the talks will focus first on fishing quotas.
            Speaking to dock workers on Tuesday at the ferry terminal, Oyelaran, 64, said the strike would end soon.
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
        ExtractedStatement said = find(STATEMENTS, "said", "she’s glad the port stays open all winter");
        assertEquals("Ilse Brandvold", said.speaker().name());
    }

    @Test
    void aPersonFamiliarWithSomethingIsAnUnnamedSource() {
        ExtractedStatement says = find(STATEMENTS, "says", "the talks will focus first on fishing quotas");
        assertEquals(ActorKind.UNNAMED, says.speaker().kind());
        assertEquals("A person familiar with the agenda for Friday’s ferry conference", says.mention().text());
    }

    @Test
    void aSubjectAfterAnOpeningParticiplePhraseIsReadFromTheWords() {
        assertEquals("Oyelaran", find(STATEMENTS, "said", "the strike would end soon").mention().text());
    }
}
