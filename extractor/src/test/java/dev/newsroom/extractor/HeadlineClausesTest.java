package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.assertStatement;
import static dev.newsroom.extractor.model.ActorKind.GOVERNMENT;
import static dev.newsroom.extractor.model.StatementType.APPEAL;
import static dev.newsroom.extractor.model.StatementType.INTENT;
import static dev.newsroom.extractor.model.StatementType.REJECT;
import static dev.newsroom.extractor.model.StatementType.STATEMENT;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Title-case headlines: one attribution per clause, a present-tense cue verb after a short subject. */
class HeadlineClausesTest {

    @Test
    void clausesSplitAtSemicolonsAndAQuotedVerdictMakesCallsACue() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Norway Says Swedish Trawlers Broke Quota Rules; Stockholm calls claim ‘baseless’

                OSLO — Norway on Monday said Swedish trawlers had fished beyond the agreed quota.
                """);
        assertStatement(all, "Norway", "NOR", GOVERNMENT, "Says", "Swedish Trawlers Broke Quota Rules", false, STATEMENT);
        assertStatement(all, "Sweden", "SWE", GOVERNMENT, "calls", "claim ‘baseless’", false, REJECT);
    }

    @Test
    void clausesSplitBeforeAsWithAVerbAndACommaBeforeACue() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Chile vows to fight tariff ruling as Peru disputes figures
                Argentina protests new border fees, calls for talks

                SANTIAGO — The ruling was published on Tuesday.
                """);
        assertStatement(all, "Chile", "CHL", GOVERNMENT, "vows", "to fight tariff ruling", false, INTENT);
        assertStatement(all, "Peru", "PER", GOVERNMENT, "disputes", "figures", false, REJECT);
        assertStatement(all, "Argentina", "ARG", GOVERNMENT, "calls for", "talks", false, APPEAL);
    }

    @Test
    void aSubheadingInsideTheArticleIsNoHeadlineClause() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Fishing row deepens

                The dispute over quotas entered its third week on Monday.
                Denmark Calls for Iceland's Ambassador
                The ambassador met officials in Copenhagen for an hour.
                """);
        assertTrue(all.stream().noneMatch(s -> s.cue().text().equals("Calls for")), Statements.describe(all));
    }

    @Test
    void aVetoHeadlineNamesTheVetoedTextAsItsContent() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Norway vetoes UN resolution on whaling quotas

                NEW YORK — The Security Council met on Friday.
                """);
        assertStatement(all, "Norway", "NOR", GOVERNMENT, "vetoes", "UN resolution on whaling quotas", false, REJECT);
    }
}
