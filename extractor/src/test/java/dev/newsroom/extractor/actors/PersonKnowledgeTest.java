package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.OfficeHolder;
import dev.newsroom.extractor.kb.OfficeHolders;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linking a person's name, or a surname alone, to office-holder knowledge. */
class PersonKnowledgeTest {

    private final PersonKnowledge knowledge = new PersonKnowledge(new OfficeHolders(List.of(
            new OfficeHolder("Ana Robles", List.of(), "foreign-minister", "CHL", 2016, OptionalInt.of(2019)),
            new OfficeHolder("Ana Robles", List.of(), "head-of-government", "CHL", 2020, OptionalInt.empty()),
            new OfficeHolder("Piet Vosmaer", List.of(), "head-of-state", "NLD", 2010, OptionalInt.of(2018)),
            new OfficeHolder("Karl Vosmaer", List.of(), "defence-minister", "BEL", 2012, OptionalInt.of(2014)))), new Genders(java.util.Map.of(), java.util.Map.of()));

    @Test
    void aFullNameGivesTheOfficeOfTheArticlesYearAndEveryOfficeHeld() {
        List<PersonKnowledge.Link> links = knowledge.byName("Ana Robles", PersonNames.keys("Ana Robles"), OptionalInt.of(2017));
        assertEquals("foreign-minister", links.get(0).holder().office());
        assertEquals("CHL", links.get(0).holder().side());
        assertEquals(List.of("foreign-minister", "head-of-government"), links.get(0).offices());
        assertTrue(links.get(0).evidence().contains("office-holder knowledge"));
    }

    @Test
    void withoutAYearTheMostRecentOfficeCounts() {
        List<PersonKnowledge.Link> links = knowledge.byName("Ana Robles", PersonNames.keys("Ana Robles"), OptionalInt.empty());
        assertEquals("head-of-government", links.get(0).holder().office());
    }

    @Test
    void aSurnameAloneNamesOnlyTheOneOfficeHolderOfThatSurname() {
        assertEquals(List.of("ana", "robles"), knowledge.bySurname("robles", OptionalInt.of(2021)).get(0).keys());
        assertTrue(knowledge.bySurname("vosmaer", OptionalInt.empty()).isEmpty(), "two office-holders: ambiguous");
        assertEquals("NLD", knowledge.bySurname("vosmaer", OptionalInt.of(2017)).get(0).holder().side(),
                "only one of them held office that year");
        assertTrue(knowledge.bySurname("robles", OptionalInt.of(2005)).isEmpty(), "nobody of that name in office then");
    }
}
