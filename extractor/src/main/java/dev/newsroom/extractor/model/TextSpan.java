package dev.newsroom.extractor.model;

/** A piece of the analysed text: its characters and Java String offsets [start, end). */
public record TextSpan(String text, int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
