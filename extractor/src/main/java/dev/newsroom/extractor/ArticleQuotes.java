package dev.newsroom.extractor;

import dev.newsroom.extractor.rules.Quotes;

import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/** The quotations of one article and which of them a statement has claimed. */
final class ArticleQuotes {

    private static final int MAX_COLON_TAIL_CHARS = 60;
    /** Words without a sentence end, a verb's clause or a line break, closed by a colon and the quote's opening marks. */
    private static final Pattern COLON_TAIL = Pattern.compile("[^\\n.?!;“”\"]*:[\\s“\"‘']*");

    private final ArticleWords words;
    private final List<Quotes.Quote> quotes;
    private final BitSet claimed = new BitSet();

    ArticleQuotes(ArticleWords words, List<Quotes.Quote> quotes) {
        this.words = words;
        this.quotes = quotes;
    }

    /** The quoted speech that char {@code offset} stands in, or null. */
    Quotes.Quote speechAt(int offset) {
        return Quotes.speechAt(quotes, words.text(), offset);
    }

    /**
     * The quote a cue reports, as char offsets, now claimed: a quote holding most of the rule's content (a token
     * range, or null), or, when the rules found no content, a quote right before the speaker and cue
     * ("“...,” she said") or right after them ("She said: “...”"). Null when none is.
     */
    int[] claimFor(int[] content, int attributionStart, int attributionEnd) {
        for (int q = 0; q < quotes.size(); q++) {
            Quotes.Quote quote = quotes.get(q);
            if (wordCount(quote) < Quotes.MIN_SPEECH_WORDS) {
                continue;
            }
            boolean holdsContent = content != null && content[1] > content[0] && insideShare(content, quote) >= 0.5
                    && quote.start() <= words.get(Math.min(content[0] + 2, content[1] - 1)).beginPosition();
            int attributionBegins = words.get(attributionStart).beginPosition();
            int attributionEnds = words.get(attributionEnd - 1).endPosition();
            // a quote ending a paragraph is not what the next paragraph's "X said" reports
            boolean adjacent = content == null && (words.onlyPunctuation(quote.end(), attributionBegins)
                    && words.text().substring(quote.end(), attributionBegins).indexOf('\n') < 0
                    || words.onlyPunctuation(attributionEnds, quote.start()) || colonBefore(attributionEnds, quote.start()));
            // "Holding up a map, X said, “...”": a quote right after the attribution beats a clause before it
            boolean quoteAfter = content != null && content[1] <= attributionStart
                    && words.onlyPunctuation(attributionEnds, quote.start());
            if (holdsContent || adjacent || quoteAfter) {
                claimed.set(q);
                return new int[] {quote.start(), quote.end()};
            }
        }
        return null;
    }

    /**
     * The quote, now claimed, whose closing mark stands right before char {@code offset} in the same paragraph
     * and that opens its sentence and ends as news style ends a quote an attribution follows: with a comma, "?"
     * or "!" ("“...,” she said", "“...?” he asked"). Null when no unclaimed quote does.
     */
    int[] claimFramedBefore(int offset) {
        String text = words.text();
        for (int q = 0; q < quotes.size(); q++) {
            Quotes.Quote quote = quotes.get(q);
            if (claimed.get(q) || quote.end() > offset || offset - quote.end() > 4) {
                continue;
            }
            String between = text.substring(quote.end(), offset);
            boolean closed = between.matches("[,\\s]*[”\"’']{1,2}[,\\s]*") && between.indexOf('\n') < 0;
            boolean framed = between.indexOf(',') >= 0 || "?!".indexOf(text.charAt(quote.end() - 1)) >= 0;
            if (closed && framed && opensSentence(quote)) {
                claimed.set(q);
                return new int[] {quote.start(), quote.end()};
            }
        }
        return null;
    }

    /**
     * "She wrote on Twitter: “...”", "he said in a statement: “...”": a few words of channel, place or time
     * between the attribution and a colon that introduces the quote.
     */
    private boolean colonBefore(int attributionEnds, int quoteStart) {
        if (quoteStart < attributionEnds || quoteStart - attributionEnds > MAX_COLON_TAIL_CHARS) {
            return false;
        }
        return COLON_TAIL.matcher(words.text().substring(attributionEnds, quoteStart)).matches();
    }

    /** Whether a quote opens its sentence: "“...,” she said", not a partial quote ending a clause ("calling it “...”, X said"). */
    private boolean opensSentence(Quotes.Quote quote) {
        String text = words.text();
        int i = quote.start() - 1;
        while (i >= 0 && "“\"‘'„".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i < 0 || ".?!:\n”\"’')".indexOf(text.charAt(i)) >= 0;
    }

    private double insideShare(int[] content, Quotes.Quote quote) {
        int inside = 0;
        for (int t = content[0]; t < content[1]; t++) {
            if (quote.contains(words.get(t).beginPosition())) {
                inside++;
            }
        }
        return (double) inside / (content[1] - content[0]);
    }

    /**
     * "“A,” she said. “B.”": a quote the attribution interrupts goes on in the next quote of the paragraph, and
     * the statement's content runs to its end, when no other cue claimed that quote.
     */
    void joinInterrupted(List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int q = startingAt(f.contentStart());
            // a quote too short to count as speech on its own ("“They sue,” he said. “...”") is the content all the same
            if (q < 0 || !f.direct() && quotes.get(q).end() != f.contentEnd()) {
                continue;
            }
            int attributionEnd = words.get(Math.max(f.mentionEnd(), f.cueEnd()) - 1).endPosition();
            int next = Quotes.continuation(words.text(), quotes, q, attributionEnd);
            if (next >= 0 && !claimed.get(next)) {
                claimed.set(next);
                found.set(i, f.withContent(f.contentStart(), quotes.get(next).end(), true));
            }
        }
    }

    private int startingAt(int offset) {
        for (int q = 0; q < quotes.size(); q++) {
            if (quotes.get(q).start() == offset) {
                return q;
            }
        }
        return -1;
    }

    /**
     * Quotes that open a paragraph and that no cue claimed continue the previous direct quote's speaker,
     * when that statement is in the paragraph just before.
     */
    void continueParagraphs(List<Found> found) {
        for (int q = 0; q < quotes.size(); q++) {
            Quotes.Quote quote = quotes.get(q);
            if (claimed.get(q) || wordCount(quote) < 4 || !words.opensParagraph(quote.start() - 1)) {
                continue;
            }
            Found previous = null;
            for (Found f : found) {
                if (f.direct() && f.contentEnd() <= quote.start()
                        && (previous == null || f.contentEnd() > previous.contentEnd())) {
                    previous = f;
                }
            }
            if (previous != null && words.paragraphsBetween(previous.contentEnd(), quote.start()) <= 1) {
                found.add(previous.withContent(quote.start(), quote.end(), true));
                claimed.set(q);
            }
        }
    }

    private int wordCount(Quotes.Quote q) {
        return q.wordCount(words.text());
    }
}
