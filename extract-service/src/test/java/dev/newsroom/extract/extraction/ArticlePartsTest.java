package dev.newsroom.extract.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticlePartsTest {

    @Test
    void aTextWithinTheLimitIsOnePart() {
        assertThat(ArticleParts.split("One paragraph.\n\nAnother.", 100))
                .containsExactly(new ArticleParts.Part(0, "One paragraph.\n\nAnother."));
    }

    @Test
    void aLongTextIsCutAtParagraphBreaksAndThePartsRebuildIt() {
        String text = "First paragraph here.\n\nSecond one is a little longer.\n\nThird.";
        List<ArticleParts.Part> parts = ArticleParts.split(text, 40);
        assertThat(parts).extracting(ArticleParts.Part::text)
                .containsExactly("First paragraph here.\n\n", "Second one is a little longer.\n\nThird.");
        assertThat(parts).allSatisfy(part -> {
            assertThat(part.text().length()).isLessThanOrEqualTo(40);
            assertThat(text.substring(part.offset(), part.offset() + part.text().length())).isEqualTo(part.text());
        });
    }

    @Test
    void withoutBreaksItCutsAtASentenceEndThenAtTheLimit() {
        assertThat(ArticleParts.split("Short one. Then a longer sentence", 20)).extracting(ArticleParts.Part::text)
                .containsExactly("Short one. ", "Then a longer senten", "ce");
    }
}
