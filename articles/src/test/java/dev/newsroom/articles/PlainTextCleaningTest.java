package dev.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlainTextCleaningTest {

    private static final Instant INGESTED = Instant.parse("2025-03-10T08:00:00Z");
    private final ArticleCleaner cleaner = new ArticleCleaner();

    private CleanedArticle clean(String text) {
        return cleaner.clean(ArticleInput.plainText(text), INGESTED);
    }

    @Test
    void recognisesTitleAndDayMonthYearTimeLine() {
        CleanedArticle a = clean("Harbour reopens after storm – port authority\n\n"
                + "4 Feb, 2025 09:30 / Updated 2 days ago\n"
                + "The port authority said on Monday that the harbour would reopen.\n");
        assertThat(a.title()).isEqualTo("Harbour reopens after storm – port authority");
        assertThat(a.publishedAt().instant()).isEqualTo(Instant.parse("2025-02-04T09:30:00Z"));
        assertThat(a.publishedAt().note()).contains("UTC assumed");
        assertThat(a.cleanedText()).isEqualTo("Harbour reopens after storm – port authority\n\n"
                + "The port authority said on Monday that the harbour would reopen.");
    }

    @Test
    void recognisesTwelveHourTimeWithZoneBeforeTheDate() {
        CleanedArticle a = clean("Council votes on budget\n\n9:05 PM EST, January 14, 2025\n\nThe council voted late.");
        assertThat(a.publishedAt().instant()).isEqualTo(Instant.parse("2025-01-15T02:05:00Z"));
        assertThat(a.publishedAt().note()).isNull();
        assertThat(a.cleanedText()).doesNotContain("January 14");
    }

    @Test
    void wireDatelineWithoutYearGivesOutletAndAYearFromTheArticle() {
        CleanedArticle a = clean("BERLIN, February 3. /DPA/. The minister said the talks of 2024 had failed.");
        assertThat(a.outlet()).isEqualTo("DPA");
        assertThat(a.publishedAt().instant()).isEqualTo(Instant.parse("2024-02-03T00:00:00Z"));
        assertThat(a.publishedAt().note()).startsWith("year 2024 taken from the article text");
        assertThat(a.cleanedText()).isEqualTo("The minister said the talks of 2024 had failed.");
    }

    @Test
    void dateWithoutYearAndNoYearInTheTextTakesTheIngestYearButNeverTheFuture() {
        CleanedArticle march = clean("ROME, March 2. /ANSA/. The mayor said the bridge was safe.");
        assertThat(march.publishedAt().instant()).isEqualTo(Instant.parse("2025-03-02T00:00:00Z"));
        assertThat(march.publishedAt().note()).startsWith("year 2025 taken from the ingest time");
        CleanedArticle december = clean("ROME, December 2. /ANSA/. The mayor said the bridge was safe.");
        assertThat(december.publishedAt().instant()).isEqualTo(Instant.parse("2024-12-02T00:00:00Z"));
    }

    @Test
    void reutersAndApDatelines() {
        assertThat(clean("LONDON, Jan 5 (Reuters) - Prices rose, the office said.").outlet()).isEqualTo("Reuters");
        CleanedArticle ap = clean("NAIROBI, Kenya (AP) — The election board said counting was over.");
        assertThat(ap.outlet()).isEqualTo("AP");
        assertThat(ap.cleanedText()).isEqualTo("The election board said counting was over.");
    }

    @Test
    void dropsBoilerplateLinesAndPhotoCredits() {
        String text = String.join("\n",
                "All news",
                "Farmers protest new tariffs",
                "Images source: © Example Photos | Jane Roe",
                "Tractors blocked the ring road on Friday. (Jan KOWAL / POOL / XYZ)",
                "The union leader said the tariffs would ruin small farms.",
                "By noon, the road was clear.",
                "Read more: Why tariffs matter",
                "Related content",
                "Most Popular",
                "(John Smith / Agency)",
                "Agencies contributed to this report.",
                "By Anna Nowak and Piotr Kowal | Example Wire",
                "Reporting by Anna Nowak; Editing by Piotr Kowal",
                "read more:");
        CleanedArticle a = clean(text);
        assertThat(a.cleanedText()).isEqualTo("Farmers protest new tariffs\n\n"
                + "Tractors blocked the ring road on Friday.\n\n"
                + "The union leader said the tariffs would ruin small farms.\n\n"
                + "By noon, the road was clear.");
        assertThat(a.title()).isEqualTo("Farmers protest new tariffs");
    }

    @Test
    void keepsARepeatedParagraphOrCaptionOnceAndDropsAGluedSectionLabel() {
        String caption = "Rescue teams search the rubble in the old town.";
        CleanedArticle a = clean("WorldQuake hits coastal town\n\nQuake hits coastal\u00A0town\n\n" + caption + "\n" + caption
                + "\n\nThe mayor said 40 homes were lost.\n\n" + caption.replace(" ", "\u00A0"));
        assertThat(a.cleanedText()).isEqualTo("Quake hits coastal town\n\n" + caption + "\n\nThe mayor said 40 homes were lost.");
        assertThat(a.title()).isEqualTo("Quake hits coastal town");
    }

    @Test
    void noBreakSpacesBecomePlainSpacesAndTrailingOnesGo() {
        String original = "Officials\u00A0met on\u00A0Tuesday.\u00A0\n\u00A0\nThey agreed.";
        CleanedArticle a = clean(original);
        assertThat(a.cleanedText()).isEqualTo("Officials met on Tuesday.\n\nThey agreed.");
        OffsetMap.Span span = a.offsetMap().toOriginal(a.cleanedText().indexOf("Tuesday"), a.cleanedText().indexOf("Tuesday") + 7);
        assertThat(original.substring(span.start(), span.end())).isEqualTo("Tuesday");
    }

    @Test
    void aLongFirstParagraphIsNoTitle() {
        CleanedArticle a = clean("The minister said on Monday that the reform would pass. " + "It was a long debate. ".repeat(10));
        assertThat(a.title()).isNull();
    }

    @Test
    void aFirstLineClosedByAFullStopOrASemicolonIsStillTheTitle() {
        assertThat(clean("Ferry operator cuts winter crossings to the outer isles.\n\nThe operator said fuel costs had "
                + "doubled since spring.").title()).isEqualTo("Ferry operator cuts winter crossings to the outer isles.");
        assertThat(clean("Lighthouse keepers vote to strike;\nThe vote was close.").title())
                .isEqualTo("Lighthouse keepers vote to strike");
        assertThat(clean("Two towns merge. Residents shrug.\n\nThe merger took effect on Monday.").title())
                .isEqualTo("Two towns merge. Residents shrug.");
    }

    @Test
    void aFirstLineThatIsBodyTextOrDebrisIsNoTitle() {
        String lead = "The regional assembly voted on Thursday to close the old ferry terminal at the end of the "
                + "season, the speaker said.";
        assertThat(clean(lead + "\nThe vote was close.").title()).isNull();
        assertThat(clean("ANALYSIS\n\nWhy the ferry vote matters").title()).isNull();
        assertThat(clean("The vote, which was close,\nended the debate.").title()).isNull();
        assertThat(clean("shareiconbookmarkiconprinticonemailicon commenticon\n\nThe vote was close.").title()).isNull();
        assertThat(clean("OSLO (Reuters) - Ferries stop.\n\nThe vote was close.").title()).isNull();
    }

    @Test
    void aLabelledDateGluedBeforeTheFirstLineIsTheDateNotPartOfTheTitle() {
        CleanedArticle a = clean("Published 4 March 2025 Ferry crossings resume after the storm\n\n"
                + "The operator said all routes were open again.");
        assertThat(a.title()).isEqualTo("Ferry crossings resume after the storm");
        assertThat(a.publishedAt().instant()).isEqualTo(Instant.parse("2025-03-04T00:00:00Z"));
        assertThat(a.cleanedText()).startsWith("Ferry crossings resume after the storm\n\n");
        assertThat(clean("Date 2025-03-04 Photo: Example Agency\n\nThe routes reopened on Tuesday.").cleanedText())
                .isEqualTo("The routes reopened on Tuesday.");
    }

    @Test
    void onlyBoilerplateIsRefusedAsNoText() {
        assertThatThrownBy(() -> clean("Related content\nMost Popular\n\u00A0\n"))
                .isInstanceOfSatisfying(ArticleRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.NO_TEXT));
    }

    @Test
    void declaredMetadataWinsAndLanguageIsDetectedOtherwise() {
        CleanedArticle given = cleaner.clean(new ArticleInput(ArticleFormat.TEXT, "Der Minister sagte am Montag, die Reform komme.",
                null, "Reform", "Example Zeitung", "2025-02-01T10:00:00+01:00", null), INGESTED);
        assertThat(given.title()).isEqualTo("Reform");
        assertThat(given.outlet()).isEqualTo("Example Zeitung");
        assertThat(given.publishedAt()).isEqualTo(new PublicationDate(Instant.parse("2025-02-01T09:00:00Z"), null));
        assertThat(given.language()).isEqualTo("de");
        assertThat(given.isEnglish()).isFalse();
        CleanedArticle declared = cleaner.clean(new ArticleInput(ArticleFormat.TEXT, "Le ministre a dit lundi que la réforme passerait.",
                null, null, null, "not a date", "FR-fr"), INGESTED);
        assertThat(declared.language()).isEqualTo("fr");
        assertThat(declared.publishedAt().instant()).isNull();
        assertThat(declared.publishedAt().note()).contains("not a date");
    }

    /** Openings in other languages are judged over 300 characters, English over 100; each gets its language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            de | Fischereiminister streiten weiter. Die Fischereiminister der Nordseestaaten haben sich am Dienstag in Bergen nicht auf neue Fangquoten für Makrelen einigen können. Die Gespräche sollen im nächsten Monat in Reykjavik fortgesetzt werden.
            fr | Les ministres de la pêche ne s'entendent pas. Les ministres de la pêche des pays de la mer du Nord ne sont pas parvenus mardi à Bergen à un accord sur les quotas de maquereau. Les discussions reprendront le mois prochain.
            es | Los pescadores protestan en Vigo. Cientos de pescadores gallegos se concentraron el martes frente a la lonja de Vigo para protestar contra el recorte de las cuotas de merluza aprobado por Bruselas.
            nl | Visserijministers nog steeds oneens. De visserijministers van de Noordzeelanden zijn het dinsdag in Bergen niet eens geworden over nieuwe vangstquota voor makreel. De gesprekken worden volgende maand hervat.
            id | Menteri perikanan belum sepakat. Para menteri perikanan negara-negara Laut Utara pada hari Selasa di Bergen gagal menyepakati kuota baru untuk penangkapan ikan makarel. Perundingan akan dilanjutkan bulan depan.
            en | Mackerel talks collapse again. Fisheries ministers from the North Atlantic states failed on Tuesday to agree new mackerel quotas in Bergen. Norway accused Iceland of taking an unfair share of the stock and threatened countermeasures.
            """)
    void languageIsDetectedFromTheOpening(String language, String text) {
        assertThat(clean(text).language()).isEqualTo(language);
    }
}
