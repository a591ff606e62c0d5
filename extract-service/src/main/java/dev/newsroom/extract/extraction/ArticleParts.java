package dev.newsroom.extract.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a text longer than the extractor accepts into consecutive parts it does accept, each ending at the
 * last paragraph break before the limit, else the last line break, else the last sentence end, else at the
 * limit. A text within the limit is one part.
 */
public final class ArticleParts {

    private ArticleParts() {
    }

    /** A part of the text and where it starts in the whole. */
    public record Part(int offset, String text) {
    }

    public static List<Part> split(String text, int maxChars) {
        List<Part> parts = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cut(text, start, start + maxChars);
            parts.add(new Part(start, text.substring(start, end)));
            start = end;
        }
        parts.add(new Part(start, text.substring(start)));
        return parts;
    }

    /** The end of the part that starts at {@code start} and may not reach beyond {@code limit}. */
    private static int cut(String text, int start, int limit) {
        for (String boundary : new String[] {"\n\n", "\n", ". "}) {
            int at = text.lastIndexOf(boundary, limit - boundary.length());
            if (at > start) {
                return at + boundary.length();
            }
        }
        return limit;
    }
}
