package dev.newsroom.extractor;

import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.newsroom.extractor.Statements.find;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One person, one actor: names, their fuller forms, and what is not a name. */
class PersonIdentityTest {

    @Test
    void anotherGivenNameIsNoFullerFormOfTheName() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Tom Wimble said the campaign would go on.
                Born Thomas Orrin Wimble, he grew up in a small town.
                Mr. Wimble said he had no regrets.
                """);
        assertEquals("person:vimble-tom", find(all, "said", "the campaign would go on").speaker().id());
        assertEquals("person:vimble-tom", find(all, "said", "he had no regrets").speaker().id());
    }

    @Test
    void aTitleCaseHeadlineVerbSeparatesTwoNames() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Marisol Quintero Sent Dorian Pell A Letter About Teachers.
                Dorian Pell said the letter was unfair.
                Quintero said she sent the letter because she cared.
                """);
        assertEquals("person:pel-dorian", find(all, "said", "the letter was unfair").speaker().id());
    }

    @Test
    void aSurnameAloneLinksToNoOfficeHolderInAnUndatedArticle() {
        List<ExtractedStatement> all = SharedExtractor.get().extract(new ArticleText("undated", null, """
                Cuban exiles gathered in Miami on Sunday.
                Mr. Marrero said the rally was peaceful.
                """, null, "en"));
        Actor speaker = find(all, "said", "the rally was peaceful").speaker();
        assertNull(speaker.side());
    }

    @Test
    void aStateNamedAfterACityIsWhereNotWhom() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                President Halvorsen condemned what appeared to be a terrorist attack in Lyon, France.
                """);
        ExtractedStatement s = all.stream().filter(x -> x.cue().text().equals("condemned")).findFirst().orElseThrow();
        assertNotEquals(List.of("FRA"), s.targets().stream().map(Actor::side).toList());
    }

    @Test
    void aDescribingWordBeforeASurnameIsNoGivenName() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                Senator Dana Whitcombe spoke in Ohio on Monday.
                Top Whitcombe strategists said the race was close.
                """);
        String id = find(all, "said", "the race was close").speaker().id();
        assertTrue(!id.contains("top"), id);
    }

    @Test
    void aPersonGoesByTheGivenNameTheArticleSaysTheyAreKnownAs() {
        List<ExtractedStatement> all = SharedExtractor.extract("""
                As a boy, Charles Edmund Wimble was shy, his teachers remember.
                Mr. Wimble, known as Chip, said the campaign would go on.
                """);
        assertEquals("person:vimble-chip", find(all, "said", "the campaign would go on").speaker().id());
        assertEquals("Chip Wimble", find(all, "said", "the campaign would go on").speaker().name());
    }
}
