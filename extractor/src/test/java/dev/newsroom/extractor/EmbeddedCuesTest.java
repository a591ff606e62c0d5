package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cue verb inside reported content is part of the content; a coordinated cue is a statement of its own. */
class EmbeddedCuesTest {

    private static final List<ExtractedStatement> STATEMENTS = SharedExtractor.extract("""
            Norway's envoy, Lars Mikkelsen, said Oslo could not support a resolution that ignored the catch data, and accused Denmark of hiding the figures.
            The Chilean ambassador urged members to back the draft on Monday.
            Finland's foreign ministry said it had summoned the Estonian charge d'affaires to protest against the new border fees.
            """);

    @Test
    void theVerbOfTheReportedClausesSubjectIsNoStatement() {
        ExtractedStatement said = find(STATEMENTS, "said", "Oslo could not support a resolution that ignored the catch data");
        assertEquals("Lars Mikkelsen", said.speaker().name());
        assertTrue(STATEMENTS.stream().noneMatch(s -> s.cue().text().equals("support")), Statements.describe(STATEMENTS));
    }

    @Test
    void aCoordinatedCueKeepsItsOwnStatement() {
        ExtractedStatement accused = find(STATEMENTS, "accused", "Denmark of hiding the figures");
        assertEquals("Lars Mikkelsen", accused.speaker().name());
    }

    @Test
    void complementsOfACueAreItsContent() {
        assertTrue(STATEMENTS.stream().noneMatch(s -> s.cue().text().equals("back") || s.cue().text().equals("protest")),
                Statements.describe(STATEMENTS));
        find(STATEMENTS, "said", "it had summoned the Estonian charge d'affaires to protest against the new border fees");
    }

    @Test
    void aWireStorysCreditsAreNoStatement() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Oslo said the talks would resume in May.
                (Reporting by Kari Nordmann in Oslo and Lars Holm in Stockholm; Editing by Anne Berg)
                """);
        assertEquals(1, all.size(), Statements.describe(all));
    }

    @Test
    void aRelativeClauseWithACueStaysInTheReportedContent() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Prime Minister Ola Brandt said the pact threatens the fishing towns of the north, whose mayors have warned of ruin.
                """);
        find(all, "said", "the pact threatens the fishing towns of the north, whose mayors have warned of ruin");
    }
}
