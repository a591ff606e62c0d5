package dev.newsroom.extractor.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shipped office-holders file: every row is valid, and the states it covers are covered for every year. */
class OfficeHoldersFilesTest {

    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2025;

    /**
     * States whose defence ministers are not listed for every year: states without armed forces (Iceland,
     * Andorra, Monaco, the Holy See, Palestine), states where the head of state or government holds the
     * portfolio (Algeria, Jordan), and states whose ministers the file leaves out because they are not known
     * for certain for every year (North Korea, Libya, Somalia, ...). Kept in step with the file by the test.
     */
    private static final Set<String> INCOMPLETE_DEFENCE_MINISTERS = Set.of(
            "AND", "BIH", "CYP", "DJI", "DZA", "ERI", "ETH", "ISL", "JOR", "KWT", "LBY", "LIE", "MCO", "MDA", "MLT",
            "MNE", "PRK", "PSE", "SDN", "SOM", "SSD", "TUN", "VAT", "YEM");
    /** States whose foreign ministers are not known for certain for every year (rival governments, frequent changes). */
    private static final Set<String> INCOMPLETE_FOREIGN_MINISTERS = Set.of(
            "ALB", "AND", "LBY", "LIE", "MCO", "SDN", "SOM", "SSD");

    private final KnowledgeBase kb = KnowledgeBase.loadDefault();
    private final List<OfficeHolder> holders = kb.officeHolders().all();

    @Test
    void everyRowHasAKnownSideAnOfficeOfTheVocabularyAndOrderedYears() {
        Set<String> sides = new HashSet<>();
        kb.countries().forEach(c -> sides.add(c.iso3()));
        kb.organizations().forEach(o -> sides.add(o.side()));

        assertThat(holders).hasSizeGreaterThan(400);
        for (OfficeHolder h : holders) {
            assertThat(h.side()).as(h.name()).isIn(sides);
            assertThat(h.office()).as(h.name()).isIn(OfficeHolder.OFFICES);
            assertThat(h.fromYear()).as(h.name()).isBetween(1950, LAST_YEAR);
            h.toYear().ifPresent(to -> assertThat(to).as(h.name()).isBetween(h.fromYear(), LAST_YEAR));
            assertThat(kb.officeHolders().find(h.name(), h.fromYear())).as(h.name()).contains(h);
            h.aliases().forEach(a -> assertThat(kb.officeHolders().find(a, h.fromYear())).as(a).contains(h));
        }
    }

    @Test
    void noTenureIsListedTwice() {
        Set<String> seen = new HashSet<>();
        for (OfficeHolder h : holders) {
            String key = String.join("|", NameKey.fold(h.name()).toLowerCase(), h.office(), h.side(),
                    Integer.toString(h.fromYear()));
            assertThat(seen.add(key)).as(key).isTrue();
        }
    }

    @Test
    void internationalLeadersLeadBodiesAndStateOfficesBelongToStates() {
        Set<String> states = kb.countries().stream().map(Country::iso3).collect(Collectors.toSet());
        for (OfficeHolder h : holders) {
            if (h.office().equals("international-leader")) {
                assertThat(states).as(h.name()).doesNotContain(h.side());
            } else {
                assertThat(states).as(h.name()).contains(h.side());
            }
        }
    }

    @Test
    void everyCoveredStateHasALeaderEveryYearAndMinistersWhereKnown() {
        Set<String> covered = holders.stream().filter(h -> !h.office().equals("international-leader"))
                .map(OfficeHolder::side).collect(Collectors.toSet());
        assertThat(covered).contains("USA", "GBR", "FRA", "RUS", "CHN");
        for (String side : covered) {
            IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).forEach(year -> {
                assertThat(heldBy(side, year, "head-of-state", "head-of-government")).as(side + " leader " + year)
                        .isTrue();
            });
            assertThat(everyYear(side, "foreign-minister")).as(side + " foreign ministers every year")
                    .isNotEqualTo(INCOMPLETE_FOREIGN_MINISTERS.contains(side));
            assertThat(everyYear(side, "defence-minister")).as(side + " defence ministers every year")
                    .isNotEqualTo(INCOMPLETE_DEFENCE_MINISTERS.contains(side));
        }
    }

    @Test
    void theMainInternationalOfficesAreFilledEveryYear() {
        for (String side : List.of("UN", "EU", "NATO", "AU", "LAS", "OAS", "IAEA", "WHO", "IMF", "WB")) {
            IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).forEach(year ->
                    assertThat(heldBy(side, year, "international-leader")).as(side + " " + year).isTrue());
        }
    }

    private boolean everyYear(String side, String office) {
        return IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).allMatch(year -> heldBy(side, year, office));
    }

    private boolean heldBy(String side, int year, String... offices) {
        List<String> wanted = List.of(offices);
        return holders.stream().anyMatch(h -> h.side().equals(side) && wanted.contains(h.office()) && h.heldIn(year));
    }
}
