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
    void everyCoveredStateHasALeaderAForeignMinisterAndADefenceMinisterEveryYear() {
        Set<String> covered = holders.stream().filter(h -> !h.office().equals("international-leader"))
                .map(OfficeHolder::side).collect(Collectors.toSet());
        assertThat(covered).contains("USA", "GBR", "FRA", "RUS", "CHN");
        for (String side : covered) {
            IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).forEach(year -> {
                assertThat(heldBy(side, year, "head-of-state", "head-of-government")).as(side + " leader " + year)
                        .isTrue();
                assertThat(heldBy(side, year, "foreign-minister")).as(side + " foreign minister " + year).isTrue();
                assertThat(heldBy(side, year, "defence-minister")).as(side + " defence minister " + year).isTrue();
            });
        }
    }

    @Test
    void theMainInternationalOfficesAreFilledEveryYear() {
        for (String side : List.of("UN", "EU", "NATO", "AU", "LAS", "OAS", "IAEA", "WHO", "IMF", "WB")) {
            IntStream.rangeClosed(FIRST_YEAR, LAST_YEAR).forEach(year ->
                    assertThat(heldBy(side, year, "international-leader")).as(side + " " + year).isTrue());
        }
    }

    private boolean heldBy(String side, int year, String... offices) {
        List<String> wanted = List.of(offices);
        return holders.stream().anyMatch(h -> h.side().equals(side) && wanted.contains(h.office()) && h.heldIn(year));
    }
}
