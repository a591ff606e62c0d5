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

    /** Writes the paragraph to the builder: runs of characters identical to their origins are copied, the rest synthesised. */
    void writeTo(OffsetMap.Builder out, String original) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!copied(i, original)) {
                out.synthesise(text.charAt(i++));
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < n && origins[runEnd] == origins[runEnd - 1] + 1 && copied(runEnd, original)) {
                runEnd++;
            }
            out.copy(origins[i], origins[i] + (runEnd - i));
            i = runEnd;
        }
    }

    private boolean copied(int i, String original) {
        return origins[i] >= 0 && original.charAt(origins[i]) == text.charAt(i);
    }
}
