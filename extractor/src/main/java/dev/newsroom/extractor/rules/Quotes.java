package dev.newsroom.extractor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in a text: curly double quotes, straight double quotes, curly single quotes and
 * doubled apostrophes ('' ... '', as some wire archives write double quotes).
 * A quote left open at the end of its paragraph ends there (news style opens every paragraph of a long
 * quote and closes only the last). An apostrophe inside a word ("Russia’s") never closes a single quote.
 */
public final class Quotes {

    /** The quoted words between the marks, [start, end), without a trailing comma. */
    public record Quote(int start, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }

        /** The number of whitespace-separated words quoted in {@code text}. */
        public int wordCount(String text) {
            return text.substring(start, end).trim().split("\\s+").length;
        }
    }

    /** Quotes of fewer words are scare quotes or titles ("so-called “peace plan”"), not reported speech. */
    public static final int MIN_SPEECH_WORDS = 3;

    /** The quote of reported speech (at least {@link #MIN_SPEECH_WORDS} words) holding {@code offset}, or null. */
    public static Quote speechAt(List<Quote> quotes, String text, int offset) {
        for (Quote q : quotes) {
            if (q.contains(offset) && q.wordCount(text) >= MIN_SPEECH_WORDS) {
                return q;
            }
        }
        return null;
    }

    private Quotes() {
    }

    public static List<Quote> find(String text) {
        List<Quote> quotes = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int close = switch (c) {
                // real news mixes its marks ("...” and “...\"): either kind of closing mark ends the quote
                case '“', '„' -> closing(text, i + 1, "”“\"");
                case '"' -> closing(text, i + 1, "\"”");
                case '\'' -> text.startsWith("''", i) ? closingPair(text, i + 2) : -1;
                case '‘' -> opensSingle(text, i) ? closingSingle(text, i + 1) : -1;
                default -> -1;
            };
            int open = c == '\'' ? 2 : 1;
            if (close > i + open) {
                int end = close;
                while (end > i + open && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                    end--;
                }
                quotes.add(new Quote(i + open, end));
                boolean closedByMark = close < n && "”\"’'".indexOf(text.charAt(close)) >= 0;
                i = closedByMark ? close + (text.startsWith("''", close) ? 2 : 1) : close;
            } else {
                i++;
            }
        }
        return quotes;
    }

    /** The offset of the mark closing a quote opened before {@code from}, or the paragraph end. */
    private static int closing(String text, int from, String marks) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n' || marks.indexOf(c) >= 0) {
                return j;
            }
        }
        return text.length();
    }

    /** The offset of the "''" closing a quote opened with "''" before {@code from}, or the paragraph end. */
    private static int closingPair(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            if (text.charAt(j) == '\n' || text.startsWith("''", j)) {
                return j;
            }
        }
        return text.length();
    }

    private static boolean opensSingle(String text, int i) {
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        return !wordBefore && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static int closingSingle(String text, int from) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            if (c == '’' && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)))) {
                return j;
            }
        }
        return -1;
    }

    /**
     * The quote that continues quote {@code q} across its attribution in the same paragraph: "“A,” she said.
     * “B.”" or "“A,” she said, “B.”". {@code attributionEnd} is where the speaker and cue end; between them and
     * the next quote only the rest of the same attribution may stand, up to 160 chars ("said on Sunday.", "said on
     * “Meet the Press” Sunday.", "said Ann Lee, the chairwoman of ..., who was re-elected last week.": a quoted
     * title is one of its words).
     * Returns the index of the continuing quote, or -1.
     */
    public static int continuation(String text, List<Quote> quotes, int q, int attributionEnd) {
        if (attributionEnd < quotes.get(q).end()) {
            return -1;
        }
        int n = q + 1;
        StringBuilder tail = new StringBuilder();
        int from = attributionEnd;
        while (n < quotes.size() && quotes.get(n).start() >= attributionEnd && isTitle(text, quotes.get(n))) {
            // the title stands in the tail as a word, its quotation marks dropped
            tail.append(text.substring(from, quotes.get(n).start()).replaceAll("(“|\"|‘|'')$", "")).append("title");
            from = quotes.get(n).end();
            while (from < text.length() && "”\"’',".indexOf(text.charAt(from)) >= 0) {
                from++;
            }
            n++;
        }
        if (n >= quotes.size() || quotes.get(n).start() < attributionEnd) {
            return -1;
        }
        Quote next = quotes.get(n);
        tail.append(text, from, next.start());
        String gap = text.substring(quotes.get(q).end(), next.start());
        boolean sameParagraph = gap.indexOf('\n') < 0 && gap.length() <= 320;
        // an apostrophe inside a word ("SVT’s") is no quotation mark
        String words = tail.toString().replaceAll("(?<=\\p{L})’(?=\\p{L})", "'");
        return sameParagraph && tail.length() <= 160 && words.matches("(?s)[^“”\"‘’]*[.,:;]\\s*(“|\"|‘|'')") ? n : -1;
    }

    /** A short quote that ends without punctuation: a title or a name ("on “Meet the Press”"), not speech. */
    private static boolean isTitle(String text, Quote q) {
        char last = text.charAt(q.end() - 1);
        return q.wordCount(text) <= 5 && ".!?".indexOf(last) < 0 && (q.end() >= text.length() || text.charAt(q.end()) != ',');
    }
}
