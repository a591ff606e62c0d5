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
            "1 Nov, 2023 14:17|2023-11-01T14:17:00Z",
            "11:55 AM EDT, October 30, 2023|2023-10-30T15:55:00Z",
            "October 30, 2023 at 9:05 PM|2023-10-30T21:05:00Z",
            "Monday, October 30, 2023|2023-10-30T00:00:00Z",
            "Oct. 30, 2023|2023-10-30T00:00:00Z",
            "30 October 2023|2023-10-30T00:00:00Z",
            "30.10.2023 08:00|2023-10-30T08:00:00Z",
            "2023-10-30|2023-10-30T00:00:00Z",
            "Published: 30 Oct 2023 14:17|2023-10-30T14:17:00Z",
            "March 3|2025-03-03T00:00:00Z",
    })
    void aDateLineIsRecognisedAndLeftOutOfTheText(String line, String instant) {
        CleanedArticle a = cleaner.clean(ArticleInput.plainText("Budget passes\n" + line + "\nThe assembly said the budget passed."), INGESTED);
        assertThat(a.publishedAt().instant()).isEqualTo(Instant.parse(instant));
        assertThat(a.cleanedText()).isEqualTo("Budget passes\n\nThe assembly said the budget passed.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023-10-30T10:15:00+02:00|2023-10-30T08:15:00Z",
            "2023-10-30T10:15:00|2023-10-30T10:15:00Z",
            "1 Nov, 2023 14:17|2023-11-01T14:17:00Z",
            "October 30, 2023|2023-10-30T00:00:00Z",
    })
    void aGivenPublicationDateIsParsed(String given, String instant) {
        CleanedArticle a = cleaner.clean(new ArticleInput(ArticleFormat.TEXT, "The assembly said the budget passed.",
                null, null, null, given, null), INGESTED);
        assertThat(a.publishedAt().instant()).isEqualTo(Instant.parse(instant));
    }
}
