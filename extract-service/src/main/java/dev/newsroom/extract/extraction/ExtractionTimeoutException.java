package dev.newsroom.extract.extraction;

import java.time.Duration;

/** The extractor did not finish an article within the configured time budget. */
public class ExtractionTimeoutException extends RuntimeException {

    public ExtractionTimeoutException(String articleId, Duration budget) {
        super("Extraction of article " + articleId + " exceeded its time budget of " + budget);
    }
}
