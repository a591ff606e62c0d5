package dev.newsroom.extractor;

/** An article the extractor refuses to analyse, with the reason. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }
}
