package dev.newsroom.extractor;

import dev.newsroom.extractor.actors.PersonNames;
import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Persons keep one id across spellings, transliterations and articles, with no memory between articles. */
class ActorIdentityTest {

    @Test
    void transliterationVariantsShareAKey() {
        assertEquals(PersonNames.key("Nikolaj"), PersonNames.key("Nikolay"));
        assertEquals(PersonNames.key("Mikhailova"), PersonNames.key("Mihailova"));
        assertEquals(PersonNames.key("Sergeï"), PersonNames.key("Sergei"));
        assertEquals(PersonNames.id(PersonNames.keys("Dmitrij Sokolov")), PersonNames.id(PersonNames.keys("Dmitry Sokolov")));
    }

    @Test
    void onePersonAcrossArticlesAndSpellingsAndSurnameAloneWithinAnArticle() {
        List<ExtractedStatement> first = SharedExtractor.extract(
                "Belarusian Deputy Foreign Minister Dmitrij Sokolov said the border would reopen in June.\n");
        List<ExtractedStatement> second = SharedExtractor.extract(
                "Dmitry Sokolov, Belarus's deputy foreign minister, told reporters that trade talks would resume."
                        + " Sokolov said the visa rules would not change.\n");
        String id = first.get(0).speaker().id();
        assertEquals(id, second.get(0).speaker().id());
        assertEquals(id, second.get(1).speaker().id(), "a surname alone is the person the article named in full");
        assertEquals("BLR", second.get(1).speaker().side());
    }

    @Test
    void anArticleYieldsTheSameStatementsWhateverWasExtractedBefore() {
        String surnameAlone = "Sokolov said the visa rules would not change.\n";
        List<ExtractedStatement> before = SharedExtractor.extract(surnameAlone);
        SharedExtractor.extract("Belarusian Deputy Foreign Minister Dmitrij Sokolov said the border would reopen in June.\n");
        assertEquals(before, SharedExtractor.extract(surnameAlone), "no memory of earlier articles: replays and"
                + " other orders give the same statements");
        assertNull(before.get(0).speaker().side(), "the side is not guessed from another article");
    }
}
