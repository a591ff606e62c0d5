package dev.newsroom.extractor.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped data files: every row parses, codes are valid and complete, no name is claimed twice. */
class KnowledgeBaseFilesTest {

    /** The 193 member states of the United Nations. */
    private static final Set<String> UN_MEMBERS = Set.of(
            "AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT", "AZE", "BDI", "BEL", "BEN", "BFA", "BGD",
            "BGR", "BHR", "BHS", "BIH", "BLR", "BLZ", "BOL", "BRA", "BRB", "BRN", "BTN", "BWA", "CAF", "CAN", "CHE", "CHL",
            "CHN", "CIV", "CMR", "COD", "COG", "COL", "COM", "CPV", "CRI", "CUB", "CYP", "CZE", "DEU", "DJI", "DMA", "DNK",
            "DOM", "DZA", "ECU", "EGY", "ERI", "ESP", "EST", "ETH", "FIN", "FJI", "FRA", "FSM", "GAB", "GBR", "GEO", "GHA",
            "GIN", "GMB", "GNB", "GNQ", "GRC", "GRD", "GTM", "GUY", "HND", "HRV", "HTI", "HUN", "IDN", "IND", "IRL", "IRN",
            "IRQ", "ISL", "ISR", "ITA", "JAM", "JOR", "JPN", "KAZ", "KEN", "KGZ", "KHM", "KIR", "KNA", "KOR", "KWT", "LAO",
            "LBN", "LBR", "LBY", "LCA", "LIE", "LKA", "LSO", "LTU", "LUX", "LVA", "MAR", "MCO", "MDA", "MDG", "MDV", "MEX",
            "MHL", "MKD", "MLI", "MLT", "MMR", "MNE", "MNG", "MOZ", "MRT", "MUS", "MWI", "MYS", "NAM", "NER", "NGA", "NIC",
            "NLD", "NOR", "NPL", "NRU", "NZL", "OMN", "PAK", "PAN", "PER", "PHL", "PLW", "PNG", "POL", "PRK", "PRT", "PRY",
            "QAT", "ROU", "RUS", "RWA", "SAU", "SDN", "SEN", "SGP", "SLB", "SLE", "SLV", "SMR", "SOM", "SRB", "SSD", "STP",
            "SUR", "SVK", "SVN", "SWE", "SWZ", "SYC", "SYR", "TCD", "TGO", "THA", "TJK", "TKM", "TLS", "TON", "TTO", "TUN",
            "TUR", "TUV", "TZA", "UGA", "UKR", "URY", "USA", "UZB", "VCT", "VEN", "VNM", "VUT", "WSM", "YEM", "ZAF", "ZMB",
            "ZWE");

    /** Observer states and the two states outside the UN that countries.tsv documents. */
    private static final Set<String> OTHER_STATES = Set.of("VAT", "PSE", "TWN", "XKX");

    private final KnowledgeBase kb = KnowledgeBase.loadDefault();

    @Test
    void everyUnMemberAndObserverStateIsPresentOnceAndNothingElse() {
        List<String> codes = kb.countries().stream().map(Country::iso3).toList();

        assertThat(UN_MEMBERS).hasSize(193);
        assertThat(codes).doesNotHaveDuplicates().containsAll(UN_MEMBERS).containsAll(OTHER_STATES);
        assertThat(codes).allMatch(c -> UN_MEMBERS.contains(c) || OTHER_STATES.contains(c));
    }

    @Test
    void everyStateHasANameAndAlmostEveryOneADemonymAndACapital() {
        // documented in countries.tsv: Congo and Congolese are ambiguous, Dominican is the Dominican Republic's
        Set<String> withoutDemonym = Set.of("COD", "COG", "DMA");
        // documented: capitals equal to the state's name, or mostly other places
        Set<String> withoutCapital = Set.of("ATG", "MCO", "MDV", "SGP", "SYC");

        for (Country c : kb.countries()) {
            assertThat(c.name()).as(c.iso3()).isNotBlank();
            assertThat(c.demonyms().isEmpty()).as(c.iso3() + " demonyms").isEqualTo(withoutDemonym.contains(c.iso3()));
            assertThat(c.capitals().isEmpty()).as(c.iso3() + " capitals").isEqualTo(withoutCapital.contains(c.iso3()));
        }
    }

    @Test
    void everyStateResolvesByEachOfItsNames() {
        for (Country c : kb.countries()) {
            Stream.of(List.of(c.name()), c.names(), c.epithets()).flatMap(List::stream)
                    .forEach(n -> assertThat(kb.country(n)).as(n).contains(c));
            c.demonyms().forEach(d -> assertThat(kb.countryByDemonym(d)).as(d).contains(c));
            Stream.concat(c.capitals().stream(), c.seats().stream())
                    .forEach(p -> assertThat(kb.countryByPlace(p)).as(p).contains(c));
        }
    }

    @Test
    void organizationsHaveKnownTypesAndSides() {
        assertThat(kb.organizations()).hasSizeGreaterThanOrEqualTo(150);
        Set<String> codes = new HashSet<>();
        for (Organization o : kb.organizations()) {
            assertThat(codes.add(o.code())).as("code " + o.code() + " is unique").isTrue();
            assertThat(Organization.TYPES).contains(o.type());
            assertThat(o.side()).matches("[A-Z0-9][A-Z0-9_-]*");
            assertThat(kb.organization(o.name())).as(o.name()).contains(o);
        }
        assertThat(kb.organizations()).filteredOn(o -> o.type().equals("un-body")).allMatch(o -> o.side().equals("UN"));
    }

    @Test
    void mediaCoverEveryRegionWithKnownCountriesAndTypes() {
        assertThat(kb.media()).hasSizeGreaterThanOrEqualTo(250);
        Set<String> codes = new HashSet<>();
        kb.countries().forEach(c -> codes.add(c.iso3()));
        for (MediaOutlet m : kb.media()) {
            assertThat(MediaOutlet.TYPES).contains(m.type());
            if (m.country() == null) {
                assertThat(m.name()).as("only generic state media belong to no state").startsWith("state ");
            } else {
                assertThat(m.country()).as(m.name()).isIn(codes);
            }
            m.aliases().forEach(a -> assertThat(kb.media(a)).as(a).contains(m));
        }
        assertThat(kb.media().stream().map(MediaOutlet::country).distinct().count()).isGreaterThanOrEqualTo(80);
        assertThat(kb.media()).extracting(MediaOutlet::type).contains("agency", "newspaper", "tv", "radio", "online");
    }

    @Test
    void institutionsAreGovernmentsOrOrganizationsOfKnownStates() {
        assertThat(kb.institutions()).isNotEmpty();
        Set<String> codes = new HashSet<>();
        kb.countries().forEach(c -> codes.add(c.iso3()));
        for (Institution i : kb.institutions()) {
            assertThat(i.kind().name()).isIn("GOVERNMENT", "ORGANIZATION");
            if (i.country() != null) {
                assertThat(i.country()).as(i.canonical()).isIn(codes);
            }
            i.patterns().forEach(p -> assertThat(kb.institution(p)).as(p).contains(i));
        }
    }

    @Test
    void rolesHaveKnownCategories() {
        for (Role r : kb.roles()) {
            assertThat(Role.CATEGORIES).contains(r.category());
            r.aliases().forEach(a -> assertThat(kb.role(a)).as(a).contains(r));
        }
        assertThat(kb.roles()).extracting(Role::category).containsAll(Role.CATEGORIES);
    }

    @Test
    void loadingTheDefaultTwiceGivesTheSameInstance() {
        assertThat(KnowledgeBase.loadDefault()).isSameAs(kb);
    }
}
