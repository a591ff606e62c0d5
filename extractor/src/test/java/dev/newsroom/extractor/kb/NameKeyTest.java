package dev.newsroom.extractor.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Élysée;elysee", "Türkiye;turkiye", "Chișinău;chisinau", "Øresund;oresund", "Straße;strasse",
            "Łódź;lodz", "Alþingi;althingi", "Côte d’Ivoire;cote d'ivoire", "Rossiya-24;rossiya 24",
            "Rossiya – 24;rossiya 24", "al - Qaeda;al qaeda", "the  Kremlin;kremlin", "The Hague;hague",
            "Israel's;israel", "Israel ’s;israel", "Palestinians';palestinians", "People 's Republic;people's republic",
            "St. Kitts;st kitts", "New\u00a0York;new york", "Theresa;theresa"})
    void namesFoldToOneForm(String text, String key) {
        assertThat(NameKey.of(text).key()).isEqualTo(key);
        assertThat(NameKey.of(text).acronym()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"U.S.;US", "UN;UN", "G-7;G 7", "RFE/RL;RFE/RL"})
    void namesWithoutLowerCaseAreAcronymsKeptInCapitals(String text, String key) {
        assertThat(NameKey.of(text)).isEqualTo(new NameKey(key, true));
    }

    @ParameterizedTest
    @CsvSource({"'-'", "'.'", "' '", "''"})
    void punctuationAloneIsNoName(String text) {
        assertThat(NameKey.of(text)).isNull();
    }
}
