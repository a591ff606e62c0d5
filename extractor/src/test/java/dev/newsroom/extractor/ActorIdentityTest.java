package dev.newsroom.extractor;

import dev.newsroom.extractor.actors.PersonNames;
import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Persons keep one id across spellings, transliterations and articles. */
class ActorIdentityTest {

    @Test
    void transliterationVariantsShareAKey() {
        assertEquals(PersonNames.key("Anatolij"), PersonNames.key("Anatoly"));
        assertEquals(PersonNames.key("Zakharova"), PersonNames.key("Zaharova"));
        assertEquals(PersonNames.key("Sergeï"), PersonNames.key("Sergei"));
        assertEquals(PersonNames.id(PersonNames.keys("Dmitrij Sokolov")), PersonNames.id(PersonNames.keys("Dmitry Sokolov")));
    }

    @Test
    void onePersonAcrossArticlesSpellingsAndSurnameAlone() {
        Extractor extractor = SharedExtractor.get();
        List<ExtractedStatement> first = SharedExtractor.extract(
                "Belarusian Deputy Foreign Minister Dmitrij Sokolov said the border would reopen in June.\n");
        List<ExtractedStatement> second = SharedExtractor.extract(
                "Dmitry Sokolov, Belarus's deputy foreign minister, told reporters that trade talks would resume.\n");
        List<ExtractedStatement> third = SharedExtractor.extract("Sokolov said the visa rules would not change.\n");
        String id = first.get(0).speaker().id();
        assertEquals(id, second.get(0).speaker().id());
        assertEquals(id, third.get(0).speaker().id());
        assertEquals("BLR", third.get(0).speaker().side(), "the side learnt from earlier articles");
        assertEquals(extractor, SharedExtractor.get());
    }
}
