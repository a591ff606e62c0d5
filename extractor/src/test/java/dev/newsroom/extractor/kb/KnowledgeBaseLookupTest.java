package dev.newsroom.extractor.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.extractor.model.ActorKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnowledgeBaseLookupTest {

    private final KnowledgeBase kb = KnowledgeBase.loadDefault();

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Russia;RUS", "the Russian Federation;RUS", "The Jewish state;ISR", "the Islamic Republic;IRN",
            "Türkiye;TUR", "Turkiye;TUR", "TURKEY;TUR", "Côte d'Ivoire;CIV", "Cote d’Ivoire;CIV", "Ivory Coast;CIV",
            "U.S.;USA", "US;USA", "USA;USA", "America;USA", "UK;GBR", "Britain;GBR", "Great Britain;GBR",
            "Israel's;ISR", "Israel’s;ISR", "South Korea;KOR", "Republic of Korea;KOR", "DPRK;PRK",
            "Guinea-Bissau;GNB", "Guinea Bissau;GNB", "Guinea;GIN", "DR Congo;COD", "Congo-Brazzaville;COG",
            "Holy See;VAT", "the Vatican;VAT", "Palestine;PSE", "Taiwan;TWN", "Kosovo;XKX", "Burma;MMR"})
    void countriesByNameAliasAndEpithet(String text, String iso3) {
        assertThat(kb.country(text)).map(Country::iso3).contains(iso3);
    }

    @Test
    void countriesByCode() {
        assertThat(kb.countryByCode("RUS")).map(Country::name).contains("Russia");
        assertThat(kb.countryByCode("xkx")).map(Country::name).contains("Kosovo");
        assertThat(kb.countryByCode("ZZZ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"us", "car", "Congo", "the", "''", "Moscow", "Russian"})
    void wordsThatAreNoStateName(String text) {
        assertThat(kb.country(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Russian;RUS", "Russians;RUS", "Israelis;ISR", "British;GBR", "Britons;GBR", "Chinese;CHN",
            "North Korean;PRK", "Korean;KOR", "Sudanese;SDN", "South Sudanese;SSD", "Filipino;PHL",
            "Ivorian;CIV", "Emirati;ARE", "Saudi;SAU", "Dutch;NLD", "Swiss;CHE", "Palestinians;PSE"})
    void countriesByDemonym(String word, String iso3) {
        assertThat(kb.countryByDemonym(word)).map(Country::iso3).contains(iso3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Moscow;RUS", "the Kremlin;RUS", "Kremlin;RUS", "Downing Street;GBR", "Whitehall;GBR",
            "Élysée;FRA", "the Elysee;FRA", "Zhongnanhai;CHN", "The Hague;NLD", "Jerusalem;ISR", "Tel Aviv;ISR",
            "Tel-Aviv;ISR", "Washington;USA", "the White House;USA", "Kyiv;UKR", "Kiev;UKR", "Brasília;BRA",
            "Brasilia;BRA", "Ramallah;PSE", "Bogotá;COL"})
    void countriesByCapitalOrSeat(String text, String iso3) {
        assertThat(kb.countryByPlace(text)).map(Country::iso3).contains(iso3);
    }

    @Test
    void ministryMetonymsAreInstitutionsNotSeats() {
        assertThat(kb.countryByPlace("Foggy Bottom")).isEmpty();
        assertThat(kb.institution("Foggy Bottom")).map(Institution::country).contains("USA");
        assertThat(kb.institution("the Pentagon")).map(Institution::country).contains("USA");
        assertThat(kb.institution("Quai d’Orsay")).map(Institution::country).contains("FRA");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"Russia;RUS", "Russians;RUS", "the Kremlin;RUS", "Downing Street;GBR",
            "the Jewish state;ISR", "Israeli;ISR"})
    void resolveStateTriesNamesDemonymsAndPlaces(String text, String iso3) {
        assertThat(kb.resolveState(text)).map(Country::iso3).contains(iso3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "the United Nations;UN;UN", "UN;UN;UN", "U.N.;UN;UN", "UN Security Council;UNSC;UN",
            "Unicef;UNICEF;UN", "UN refugee agency;UNHCR;UN", "WHO;WHO;WHO", "IAEA;IAEA;IAEA", "Nato;NATO;NATO", "the European Union;EU;EU", "E.U.;EU;EU",
            "Hamas;HAMAS;HAMAS", "Hizbollah;HEZBOLLAH;HEZBOLLAH", "Ansar Allah;HOUTHIS;HOUTHIS",
            "Daesh;ISIS;ISIS", "al-Qaeda;AQ;AQ", "Al Qaida;AQ;AQ", "al - Qaeda;AQ;AQ", "Médecins Sans Frontières;MSF;MSF",
            "Medecins sans Frontieres;MSF;MSF", "Red Cross;ICRC;ICRC", "Wagner Group;WAGNER;WAGNER",
            "Revolutionary Guards;IRGC;IRN"})
    void organizations(String text, String code, String side) {
        Optional<Organization> org = kb.organization(text);
        assertThat(org).map(Organization::code).contains(code);
        assertThat(org).map(Organization::side).contains(side);
    }

    @ParameterizedTest
    @CsvSource({"who", "un", "Amnesty International's report"})
    void wordsThatAreNoOrganization(String text) {
        assertThat(kb.organization(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Reuters;Reuters;GBR", "the BBC;BBC;GBR", "Rossiya-24;Rossiya 24;RUS", "Rossiya 24;Rossiya 24;RUS",
            "Russia-24;Rossiya 24;RUS", "Channel 12;Channel 12;ISR", "Kan;Kan;ISR", "Kommersant;Kommersant;RUS",
            "the Kommersant newspaper;Kommersant;RUS", "AP;Associated Press;USA", "Al-Jazeera;Al Jazeera;QAT",
            "Xinhua;Xinhua;CHN", "TASS;TASS;RUS", "The New York Times;New York Times;USA", "El País;El País;ESP",
            "El Pais;El País;ESP", "Süddeutsche Zeitung;Süddeutsche Zeitung;DEU", "the Times;The Times;GBR"})
    void media(String text, String name, String country) {
        Optional<MediaOutlet> outlet = kb.media(text);
        assertThat(outlet).map(MediaOutlet::name).contains(name);
        assertThat(outlet).map(MediaOutlet::country).contains(country);
    }

    @Test
    void genericStateMediaBelongToTheStateTheTextNames() {
        assertThat(kb.media("state TV")).map(MediaOutlet::name).contains("state television");
        assertThat(kb.media("state-run television")).map(MediaOutlet::country).isEmpty();
        assertThat(kb.media("official news agency")).map(MediaOutlet::type).contains("agency");
    }

    @Test
    void genericInstitutionsBelongToNoStateUntilTheTextSaysWhich() {
        Institution ministry = kb.institution("Foreign Ministry").orElseThrow();
        assertThat(ministry.country()).isNull();
        assertThat(ministry.kind()).isEqualTo(ActorKind.GOVERNMENT);
        assertThat(kb.institution("the Ministry of Foreign Affairs")).contains(ministry);
        assertThat(kb.institution("embassy")).map(Institution::canonical).contains("embassy");
        assertThat(kb.institution("press service")).map(Institution::canonical).contains("press service");
        assertThat(kb.institution("central bank")).map(Institution::kind).contains(ActorKind.ORGANIZATION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"the Knesset;ISR", "State Department;USA", "the State Department;USA",
            "Duma;RUS", "State Duma;RUS", "Bundestag;DEU", "Foreign Office;GBR", "Home Office;GBR",
            "the Palestinian Authority;PSE", "IDF;ISR"})
    void namedInstitutionsBelongToTheirState(String text, String iso3) {
        assertThat(kb.institution(text)).map(Institution::country).contains(iso3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "ambassador;ambassador;diplomat", "the envoy;envoy;diplomat", "diplomat;diplomat;diplomat",
            "spokeswoman;spokesperson;spokesperson", "spokesman;spokesperson;spokesperson",
            "deputy foreign minister;deputy foreign minister;minister",
            "Deputy Foreign Minister;deputy foreign minister;minister", "president;president;head-of-state",
            "Prime Minister;prime minister;head-of-government", "PM;prime minister;head-of-government",
            "secretary-general;secretary-general;official", "lawmaker;lawmaker;legislator", "MP;lawmaker;legislator",
            "Gen.;General;military", "chargé d'affaires;charge d'affaires;diplomat"})
    void roles(String text, String role, String category) {
        Optional<Role> found = kb.role(text);
        assertThat(found).map(Role::role).contains(role);
        assertThat(found).map(Role::category).contains(category);
    }
}
