package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Speakers named by a definite description, a surname alone, an acronym or a person's office. */
class DefiniteDescriptionsTest {

    @Test
    void theUnionAndTheAgencyAreTheOrganisationsNamedBefore() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Dockers union vows to strike

                The Baltic Port Workers Union rejected the offer on Monday. The union said the strike would begin on Friday.
                The World Health Organization sent a team to the port. According to the agency, two workers had fallen ill.
                """);
        assertEquals("Baltic Port Workers Union", find(all, "said", "the strike would begin on Friday").speaker().name());
        assertNull(find(all, "said", "the strike would begin on Friday").speaker().side());
        assertEquals("Baltic Port Workers Union", find(all, "vows", "to strike").speaker().name());
        assertEquals("WHO", find(all, "According to", "two workers had fallen ill").speaker().side());
    }

    @Test
    void aMovementNamedWithAnAcronymIsASideOfItsOwn() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Talks resumed between the government and the Northern Highlands Liberation Front (NHLF) on Monday.
                The NHLF said in a statement that army units had shelled two villages.
                """);
        ExtractedStatement s = find(all, "said", "army units had shelled two villages");
        assertEquals("Northern Highlands Liberation Front", s.speaker().name());
        assertEquals("NHLF", s.speaker().side());
    }

    @Test
    void aSurnameNerMissedAndAPersonsOfficeNameThePerson() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Portugal's finance minister, Rui Cardoso Valente, defended the budget on Tuesday.
                “The deficit will fall below three percent,” Valente told reporters in Lisbon.
                His office said later that the minister would meet bankers on Thursday.
                """);
        assertEquals("Rui Cardoso Valente", find(all, "told", "The deficit will fall below three percent").speaker().name());
        assertEquals("Rui Cardoso Valente", find(all, "said", "the minister would meet bankers on Thursday").speaker().name());
    }
}
