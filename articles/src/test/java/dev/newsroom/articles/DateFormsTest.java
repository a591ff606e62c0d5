package dev.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date forms of {@code date-formats.txt}, given with an article or printed on a line of its own. */
class DateFormsTest {

    private static final Instant INGESTED = Instant.parse("2025-06-01T00:00:00Z");
    private final ArticleCleaner cleaner = new ArticleCleaner();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "7 Feb, 2025 16:05|2025-02-07T16:05:00Z",
            "10:25 AM EDT, March 14, 2025|2025-03-14T14:25:00Z",
            "March 14, 2025 at 9:05 PM|2025-03-14T21:05:00Z",
            "Friday, March 14, 2025|2025-03-14T00:00:00Z",
            "Mar. 14, 2025|2025-03-14T00:00:00Z",
            "14 March 2025|2025-03-14T00:00:00Z",
            "14.03.2025 08:00|2025-03-14T08:00:00Z",
            "2025-03-14|2025-03-14T00:00:00Z",
            "Published: 14 Mar 2025 16:05|2025-03-14T16:05:00Z",
            "March 3|2025-03-03T00:00:00Z",
    })
    void aDateLineIsRecognisedAndLeftOutOfTheText(String line, String instant) {
        CleanedArticle a = cleaner.clean(ArticleInput.plainText("Budget passes\n" + line + "\nThe assembly said the budget passed."), INGESTED);
        assertThat(a.publishedAt().instant()).isEqualTo(Instant.parse(instant));
        assertThat(a.cleanedText()).isEqualTo("Budget passes\n\nThe assembly said the budget passed.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-03-14T10:15:00+02:00|2025-03-14T08:15:00Z",
            "2025-03-14T10:15:00|2025-03-14T10:15:00Z",
            "7 Feb, 2025 16:05|2025-02-07T16:05:00Z",
            "March 14, 2025|2025-03-14T00:00:00Z",
    })
    void aGivenPublicationDateIsParsed(String given, String instant) {
        CleanedArticle a = cleaner.clean(new ArticleInput(ArticleFormat.TEXT, "The assembly said the budget passed.",
                null, null, null, given, null), INGESTED);
        assertThat(a.publishedAt().instant()).isEqualTo(Instant.parse(instant));
    }
}
