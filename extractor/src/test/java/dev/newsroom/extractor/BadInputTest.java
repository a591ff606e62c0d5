package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ArticleText;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text no newsroom should send still gets an answer: statements, none, or a clear refusal. */
class BadInputTest {

    private final Extractor extractor = SharedExtractor.get();

    @Test
    void onlyQuotesWithoutSpeakersGiveNothing() {
        assertEquals(0, SharedExtractor.extract("“Nothing here.”\n\n“Still nothing, and no one said it.”\n").size());
    }

    @Test
    void binaryNoiseGivesNothing() {
        Random random = new Random(1);
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            noise.append((char) random.nextInt(0x3000));
        }
        assertTrue(SharedExtractor.extract(noise.toString()).isEmpty());
    }

    @Test
    void oneHugeRunOnSentenceIsNotParsedButDoesNotFail() {
        String runOn = "the minister said that talks would continue ".repeat(2_000);
        assertTrue(SharedExtractor.extract(runOn).isEmpty());
    }

    @Test
    void textOverTheLimitIsRefusedWithTheReason() {
        String huge = "a".repeat(ExtractorSettings.defaults().maxChars() + 1);
        ExtractionException e = assertThrows(ExtractionException.class,
                () -> extractor.extract(new ArticleText("big", null, huge, null, "en")));
        assertTrue(e.getMessage().contains("characters"), e.getMessage());
    }
}
