package dev.newsroom.extractor.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Looking a person up by name and year, on invented tenures and on the shipped file. */
class OfficeHoldersLookupTest {

    private static final OfficeHolder PREMIER = new OfficeHolder("Ana Pérez-Mirow", List.of("Anna Peres Mirov"),
            "head-of-government", "ESP", 2018, OptionalInt.of(2021));
    private static final OfficeHolder MINISTER = new OfficeHolder("Ana Pérez-Mirow", List.of(),
            "foreign-minister", "ESP", 2014, OptionalInt.of(2018));
    private static final OfficeHolder CHIEF = new OfficeHolder("Ana Pérez-Mirow", List.of(),
            "international-leader", "UN", 2022, OptionalInt.empty());
    private static final OfficeHolder ENVOY = new OfficeHolder("Tomas Okonkwo-Lind", List.of("TOL"),
            "other-minister", "NGA", 2019, OptionalInt.empty());

    private final OfficeHolders invented = new OfficeHolders(List.of(PREMIER, MINISTER, CHIEF, ENVOY));
    private final OfficeHolders shipped = KnowledgeBase.loadDefault().officeHolders();

    @Test
    void aYearGivesTheOfficesHeldThatYearBothBoundsIncluded() {
        assertThat(invented.find("Ana Pérez-Mirow", 2013)).isEmpty();
        assertThat(invented.find("Ana Pérez-Mirow", 2014)).containsExactly(MINISTER);
        assertThat(invented.find("Ana Pérez-Mirow", 2018)).containsExactly(PREMIER, MINISTER);
        assertThat(invented.find("Ana Pérez-Mirow", 2021)).containsExactly(PREMIER);
        assertThat(invented.find("Ana Pérez-Mirow", 2022)).containsExactly(CHIEF);
        assertThat(invented.find("Ana Pérez-Mirow", 2040)).containsExactly(CHIEF);
    }

    @Test
    void namesFoldCaseDiacriticsAndHyphensAndAliasesCount() {
        assertThat(invented.find("ana perez mirow", 2019)).containsExactly(PREMIER);
        assertThat(invented.find("ANA PEREZ-MIROW", 2019)).containsExactly(PREMIER);
        assertThat(invented.find("Anna Peres Mirov", 2019)).containsExactly(PREMIER);
        assertThat(invented.find("Anna Peres Mirov", 2016)).as("an alias belongs to its own tenure").isEmpty();
        assertThat(invented.find("Pérez-Mirow", 2019)).as("a surname alone is no name").isEmpty();
        assertThat(invented.find("Ana", 2019)).isEmpty();
    }

    @Test
    void anAllCapitalsAliasMatchesOnlyInCapitals() {
        assertThat(invented.find("TOL", 2020)).containsExactly(ENVOY);
        assertThat(invented.find("tol", 2020)).isEmpty();
    }

    @Test
    void withoutAYearTheMostRecentTenureAnswers() {
        assertThat(invented.findMostRecent("Ana Perez Mirow")).containsExactly(CHIEF);
        assertThat(invented.findMostRecent("Nobody Known")).isEmpty();
        assertThat(invented.findMostRecent("")).isEmpty();
    }

    @Test
    void aTenureCannotEndBeforeItBegins() {
        assertThatThrownBy(() -> new OfficeHolder("X Y", List.of(), "head-of-state", "FRA", 2020, OptionalInt.of(2019)))
                .hasMessageContaining("X Y").hasMessageContaining("2019").hasMessageContaining("2020");
    }

    @Test
    void aSideThatIsNoStateAndNoOrganisationIsRefused() {
        OfficeHolder stray = new OfficeHolder("Zed Quill", List.of(), "head-of-state", "ZZZ", 2020, OptionalInt.empty());

        assertThatThrownBy(() -> new KnowledgeBase(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(stray)))
                .hasMessageContaining("Zed Quill").hasMessageContaining("ZZZ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Keir Starmer;2025;head-of-government;GBR", "Sir Keir Starmer;2024;head-of-government;GBR",
            "Boris Johnson;2017;foreign-minister;GBR", "Boris Johnson;2020;head-of-government;GBR",
            "Sergei Lavrov;2016;foreign-minister;RUS", "Sergey Lavrov;2024;foreign-minister;RUS",
            "Tayyip Erdogan;2010;head-of-government;TUR", "Recep Tayyip Erdoğan;2020;head-of-state;TUR",
            "Lula;2024;head-of-state;BRA", "António Guterres;2019;international-leader;UN",
            "Antonio Guterres;2024;international-leader;UN", "Narendra Modi;2015;head-of-government;IND",
            "Mohammad bin Salman;2023;head-of-government;SAU", "Wang Yi;2022;foreign-minister;CHN",
            "Kishida Fumio;2022;head-of-government;JPN", "Mark Rutte;2025;international-leader;NATO"})
    void wellKnownHoldersOfTheShippedFile(String name, int year, String office, String side) {
        assertThat(shipped.find(name, year)).extracting(OfficeHolder::office, OfficeHolder::side)
                .contains(org.assertj.core.groups.Tuple.tuple(office, side));
    }

    @Test
    void aDistinctiveSurnameAloneFindsItsHolderButASurnameSharedInAFamilyDoesNot() {
        assertThat(shipped.find("Putin", 2022)).extracting(OfficeHolder::side).containsOnly("RUS");
        assertThat(shipped.find("Zelenskyy", 2023)).extracting(OfficeHolder::side).containsOnly("UKR");
        assertThat(shipped.find("Trump", 2025)).isEmpty();
        assertThat(shipped.find("Assad", 2020)).isEmpty();
    }

    @Test
    void theShippedFileRespectsTheYears() {
        assertThat(shipped.find("Boris Johnson", 2023)).isEmpty();
        assertThat(shipped.find("Keir Starmer", 2023)).isEmpty();
        assertThat(shipped.find("Joe Biden", 2025)).extracting(OfficeHolder::office).containsExactly("head-of-state");
        assertThat(shipped.find("Joe Biden", 2026)).isEmpty();
        assertThat(shipped.findMostRecent("Donald Trump")).singleElement()
                .satisfies(t -> assertThat(t.fromYear()).isEqualTo(2025));
    }
}
