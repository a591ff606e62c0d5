package dev.newsroom.extractor;

/**
 * How the extractor runs.
 *
 * @param maxSentenceTokens sentences longer than this are not tagged, labelled or parsed (run-on debris)
 * @param maxChars          articles longer than this are refused with an {@link ExtractionException}
 */
public record ExtractorSettings(int maxSentenceTokens, int maxChars) {

    public ExtractorSettings {
        if (maxSentenceTokens < 10 || maxChars < 1) {
            throw new IllegalArgumentException("maxSentenceTokens must be >= 10 and maxChars >= 1");
        }
    }

    public static ExtractorSettings defaults() {
        return new ExtractorSettings(150, 500_000);
    }
}
