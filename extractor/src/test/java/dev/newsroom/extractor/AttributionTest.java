package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.newsroom.extractor.Statements.assertStatement;
import static dev.newsroom.extractor.Statements.find;
import static dev.newsroom.extractor.model.ActorKind.GOVERNMENT;
import static dev.newsroom.extractor.model.ActorKind.PERSON;
import static dev.newsroom.extractor.model.StatementType.APPROVE;
import static dev.newsroom.extractor.model.StatementType.DEMAND;
import static dev.newsroom.extractor.model.StatementType.DISAPPROVE;
import static dev.newsroom.extractor.model.StatementType.INTENT;
import static dev.newsroom.extractor.model.StatementType.REJECT;
import static dev.newsroom.extractor.model.StatementType.STATEMENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The attribution constructions, on short invented articles. */
class AttributionTest {

    private static final String GREEK_ARTICLE = """
            Talks with Ankara remain frozen – Greek envoy

            Greece's ambassador to Turkey, Nikos Papadakis, told the Kathimerini newspaper on Monday that the talks had stalled.
            “We will not accept any new drilling in our waters,” the envoy told reporters.
            He added that Athens would respond within days.
            Greece condemned the seizure of the vessel and demanded that Ankara release the crew.
            According to the Turkish embassy in Athens, the inspection was routine.
            As the embassy noted, the vessel had entered a closed zone.
            The Turkish Foreign Ministry spokesperson, Leyla Demir, said relations were ‘normal’ and praised the coastguard.
            """;

    private static final List<ExtractedStatement> greek = SharedExtractor.extract(GREEK_ARTICLE);

    @Test
    void headlineWithDashResolvesTheRoleToThePersonNamedLater() {
        assertStatement(greek, "Nikos Papadakis", "GRC", PERSON, "–", "Talks with Ankara remain frozen", false, STATEMENT);
        assertEquals("TUR", find(greek, "–", "Talks with Ankara remain frozen").targets().get(0).side());
    }

    @Test
    void indirectSpeechWithAppositionAndMediaChannel() {
        ExtractedStatement s = find(greek, "told", "the talks had stalled");
        assertStatement(greek, "Nikos Papadakis", "GRC", PERSON, "told", "the talks had stalled", false, STATEMENT);
        assertEquals("Greece's ambassador to Turkey, Nikos Papadakis", s.mention().text());
        assertEquals("ambassador to Turkey", s.speaker().role());
        assertEquals("Kathimerini", s.via().name());
        assertEquals(LocalDate.of(2024, 5, 13), s.statedAt());
    }

    @Test
    void directQuoteWithRoleNounSpeaker() {
        assertStatement(greek, "Nikos Papadakis", "GRC", PERSON, "told",
                "We will not accept any new drilling in our waters", true, REJECT);
    }

    @Test
    void pronounSpeakerAndIntent() {
        assertStatement(greek, "Nikos Papadakis", "GRC", PERSON, "added", "Athens would respond within days", false, INTENT);
    }

    @Test
    void twoCuesSharingOneSubjectOpenADispute() {
        assertStatement(greek, "Greece", "GRC", GOVERNMENT, "condemned", "the seizure of the vessel", false, DISAPPROVE);
        assertStatement(greek, "Greece", "GRC", GOVERNMENT, "demanded", "Ankara release the crew", false, DEMAND);
        ExtractedStatement demand = find(greek, "demanded", "Ankara release the crew");
        assertEquals("TUR", demand.targets().get(0).side());
        assertEquals(List.of("GRC~TUR"), demand.disputes());
    }

    @Test
    void accordingToAndAsStressedWithInstitutionOfTheDemonymNotTheLocation() {
        assertStatement(greek, "Turkish Embassy", "TUR", GOVERNMENT, "According to", "the inspection was routine", false, STATEMENT);
        assertStatement(greek, "Turkish Embassy", "TUR", GOVERNMENT, "noted", "the vessel had entered a closed zone", false, STATEMENT);
    }

    @Test
    void scareQuotesStayInsideTheReportedClause() {
        assertStatement(greek, "Leyla Demir", "TUR", PERSON, "said", "relations were ‘normal’", false, STATEMENT);
        assertStatement(greek, "Leyla Demir", "TUR", PERSON, "praised", "the coastguard", false, APPROVE);
        assertTrue(greek.stream().noneMatch(s -> s.content().text().equals("normal")), "scare quote is no statement");
    }

    @Test
    void saidWithoutASpeakerAndQuotedTitlesAreNoStatements() {
        List<ExtractedStatement> none = SharedExtractor.extract("""
                The so-called peace plan was published on Friday. Shares of the said company fell sharply.
                She watched “The Long Goodbye” twice last year, and the film “A Quiet Harbour Town” once.
                The law known as the “Clean Rivers Act” entered into force in March.
                """);
        assertEquals(List.of(), none, Statements.describe(none));
    }

    @Test
    void otherLanguagesAndEmptyTextGiveNothing() {
        Extractor extractor = SharedExtractor.get();
        assertEquals(List.of(), extractor.extract(new ArticleText("de", null,
                "Der Minister sagte, die Gespräche seien gescheitert.", null, "de")));
        assertEquals(List.of(), extractor.extract(new ArticleText("empty", null, "  \n ", null, "en")));
    }
}
