package dev.newsroom.articles;

import java.util.Arrays;

/**
 * One paragraph (or line) of an article on its way to the cleaned text: its characters and, for each, the
 * offset in the original it came from ({@code -1} when synthesised). A character whose origin holds a
 * different character (a no-break space turned into a space, an HTML entity decoded) is written to the
 * cleaned text as synthesised, so the offset map only ever claims identical characters.
 */
final class Paragraph {

    private final StringBuilder text = new StringBuilder();
    private int[] origins = new int[64];

    void append(char c, int origin) {
        if (text.length() == origins.length) {
            origins = Arrays.copyOf(origins, origins.length * 2);
        }
        origins[text.length()] = origin;
        text.append(c);
    }

    /** Appends {@code original[start, end)} one character at a time, mapping odd spaces to plain ones. */
    void appendOriginal(String original, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = original.charAt(i);
            append(TextChars.isSpace(c) ? ' ' : c, i);
        }
    }

    int length() {
        return text.length();
    }

    boolean isEmpty() {
        return text.isEmpty();
    }

    char lastChar() {
        return text.charAt(text.length() - 1);
    }

    String text() {
        return text.toString();
    }

    /** The paragraph {@code [from, to)} of this one. */
    Paragraph slice(int from, int to) {
        Paragraph p = new Paragraph();
        for (int i = from; i < to; i++) {
            p.append(text.charAt(i), origins[i]);
        }
        return p;
    }

    /** This paragraph without surrounding white space. */
    Paragraph trim() {
        int from = 0;
        int to = text.length();
        while (from < to && TextChars.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && TextChars.isSpace(text.charAt(to - 1))) {
            to--;
        }
        return from == 0 && to == text.length() ? this : slice(from, to);
    }

    /** Writes the paragraph to the builder: characters identical to their origin are copied, the rest synthesised. */
    void writeTo(OffsetMap.Builder out, String original) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int origin = origins[i];
            if (origin >= 0 && original.charAt(origin) == c) {
                out.copy(origin, origin + 1);
            } else {
                out.synthesise(c);
            }
        }
    }
}
