package dev.newsroom.extractor.actors;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Honorifics and generational suffixes are no names: they never become a key, a suffix only qualifies an id. */
class PersonNamesTest {

    @Test
    void honorificsAndSuffixesAreNotNameKeys() {
        assertEquals(List.of("henry", "vale"), PersonNames.keys("Mr. Henry Vale Jr."));
        assertEquals(List.of("ana", "robles"), PersonNames.keys("Dr Ana Robles III"));
        assertEquals(Optional.of("jr"), PersonNames.suffix("Henry Vale Jr."));
        assertEquals(Optional.empty(), PersonNames.suffix("Henry Vale"));
    }

    @Test
    void postnominalLettersAreNoNameAndNoSuffix() {
        assertEquals(List.of("imogen", "tarant"), PersonNames.keys("Imogen Tarrant KC"));
        assertEquals(java.util.Optional.empty(), PersonNames.suffix("Imogen Tarrant KC"));
        assertEquals(java.util.Optional.of("jr"), PersonNames.suffix("Henry Vale Jr. MP"));
        assertEquals(List.of("kc", "vale"), PersonNames.keys("Kc Vale")); // a name written so is a name
    }

    @Test
    void particlesAreKnownInAnyCase() {
        assertEquals(true, PersonNames.isParticle("Van"));
        assertEquals(false, PersonNames.isParticle("Sent"));
    }

    @Test
    void aSuffixQualifiesTheIdInsteadOfBecomingTheSurname() {
        assertEquals("person:vale-henry-jr", PersonNames.id(PersonNames.keys("Henry Vale Jr."), "jr"));
        assertEquals("person:vale-henry", PersonNames.id(PersonNames.keys("Henry Vale"), null));
    }

    @Test
    void aSingleWordThatLooksLikeASuffixIsStillAName() {
        assertEquals(List.of(PersonNames.key("II")), PersonNames.keys("II"));
        assertTrue(PersonNames.isNotAName("Sen."));
    }
}
