package dev.newsroom.articles;

/**
 * An article cleaned for extraction.
 *
 * @param originalText    the text exactly as submitted (for HTML the page source); evidence offsets point here
 * @param cleanedText     main text, paragraphs separated by a blank line, furniture and repeats removed
 * @param offsetMap       cleaned offsets to original offsets
 * @param title           headline as given or recognised, or null
 * @param outlet          publishing outlet as given or recognised, or null
 * @param publishedAt     publication date as given or recognised, or null
 * @param language        ISO 639-1 code as declared or detected, {@code und} when undetermined
 */
public record CleanedArticle(String originalText, String cleanedText, OffsetMap offsetMap, String title,
                             String outlet, PublicationDate publishedAt, String language) {

    /** Whether the extractor should process it: only English articles are. */
    public boolean isEnglish() {
        return "en".equals(language);
    }
}
