package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.StatementType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A neutral cue ("said") takes its type from what the content expresses. */
class ContentTypesTest {

    private static final List<ExtractedStatement> STATEMENTS = SharedExtractor.extract("""
            Norway's defence minister said Oslo would respond with full force to any incursion.
            A Danish spokesman said the Norwegian tariffs breached the customs union.
            The Norwegian government said the Danish figures were fabricated.
            Denmark said Norway was not ready for serious talks.
            The Norwegian fisheries minister said Oslo would support the Danish proposal.
            The Danish government said it remained open to a negotiated settlement.
            """);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Oslo would respond with full force to any incursion                 | THREATEN
            the Norwegian tariffs breached the customs union                   | DISAPPROVE
            the Danish figures were fabricated                                 | REJECT
            Norway was not ready for serious talks                             | DISAPPROVE
            Oslo would support the Danish proposal                             | APPROVE
            it remained open to a negotiated settlement                        | INTENT
            """)
    void saidTakesTheTypeOfItsContent(String content, StatementType type) {
        assertEquals(type, find(STATEMENTS, "said", content).type());
    }
}
