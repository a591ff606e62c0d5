package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.StatementType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ways news reports express protest, threats, demands, rejection and disapproval, and negated cues. */
class TypeCuesTest {

    private static final List<ExtractedStatement> STATEMENTS = SharedExtractor.extract("""
            Ruritania's foreign ministry said it had summoned the Borduvian ambassador over the border incident.
            The Ruritanian defence minister warned that all options remained on the table.
            A Borduvian spokesman said the accusations were baseless and politically motivated.
            The Ruritanian prime minister said the tariffs were deplorable and irresponsible.
            The Borduvian army said Ruritanian troops had opened fire on its posts first.
            The Ruritanian president urged Borduvia to withdraw its troops immediately.
            The Ruritanian foreign minister called on Borduvia to release the fishermen immediately.
            The Borduvian economy minister warned that the closure would cost thousands of jobs.
            The Ruritanian trade minister said the Borduvian levies were not illegal under the treaty.
            Borduvia's foreign minister said his government could not support the proposal.
            """);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            said   | it had summoned the Borduvian ambassador over the border incident     | PROTEST
            warned | all options remained on the table                                     | THREATEN
            said   | the accusations were baseless and politically motivated               | REJECT
            said   | the tariffs were deplorable and irresponsible                         | DISAPPROVE
            said   | Ruritanian troops had opened fire on its posts first                  | DISAPPROVE
            urged  | to withdraw its troops immediately                                    | APPEAL
            called on | Borduvia to release the fishermen immediately                      | DEMAND
            warned | the closure would cost thousands of jobs                              | STATEMENT
            said   | the Borduvian levies were not illegal under the treaty                | REJECT
            said   | his government could not support the proposal                         | REJECT
            """)
    void contentAndNegationDecideTheType(String cue, String content, StatementType type) {
        assertEquals(type, find(STATEMENTS, cue, content).type());
    }
}
