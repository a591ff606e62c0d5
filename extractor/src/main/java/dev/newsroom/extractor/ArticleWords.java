package dev.newsroom.extractor;

import dev.newsroom.extractor.model.TextSpan;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tokens of one article in one list, with the sentence each starts and the text they index: the
 * coordinates every step of an extraction shares (token ranges are [start, end), text spans char offsets).
 */
final class ArticleWords {

    private static final Set<String> EDGE_WORDS = Set.of("that", ",", ":", ";", "-", "–", "—", "and", "but", "\"",
            "“", "”", "‘", "’", "'", "''", "``", "(", ")", ".");

    private final String text;
    private final List<CoreLabel> tokens = new ArrayList<>();
    private final int[] sentenceStart;

    ArticleWords(String text, List<CoreMap> sentences) {
        this.text = text;
        this.sentenceStart = new int[sentences.size() + 1];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceStart[s] = tokens.size();
            tokens.addAll(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class));
        }
        sentenceStart[sentences.size()] = tokens.size();
    }

    String text() {
        return text;
    }

    CoreLabel get(int token) {
        return tokens.get(token);
    }

    int size() {
        return tokens.size();
    }

    List<CoreLabel> range(int start, int end) {
        return tokens.subList(start, end);
    }

    /** The first token of sentence {@code s}. */
    int sentenceStart(int s) {
        return sentenceStart[s];
    }

    /** The token after the last of sentence {@code s}. */
    int sentenceEnd(int s) {
        return sentenceStart[s + 1];
    }

    /** The token's original text in lower case. */
    String lower(int token) {
        return tokens.get(token).originalText().toLowerCase(Locale.ROOT);
    }

    String tag(int token) {
        return tokens.get(token).tag();
    }

    boolean isPunctuation(int token) {
        return tokens.get(token).originalText().matches("\\p{Punct}+|[“”‘’—–]");
    }

    boolean isQuoteMark(int token) {
        return tokens.get(token).originalText().matches("[“”‘’\"']|``|''");
    }

    /** Whether the text between two char offsets, at most four chars, is only spaces, commas, colons and quote marks. */
    boolean onlyPunctuation(int from, int to) {
        if (from < 0 || to < from || to - from > 4) {
            return false;
        }
        return text.substring(from, to).chars().allMatch(c -> Character.isWhitespace(c) || c == ',' || c == ':'
                || c == '”' || c == '“' || c == '"' || c == '’' || c == '‘' || c == '\'' || c == '\u00A0');
    }

    /** [start, end) without edge words (punctuation, "that", "and") on either side. */
    int[] trim(int start, int end) {
        while (start < end && EDGE_WORDS.contains(lower(start))) {
            start++;
        }
        while (end > start && EDGE_WORDS.contains(lower(end - 1)) && !closesQuoteOpenedIn(start, end - 1)) {
            end--;
        }
        return new int[] {start, end};
    }

    /** Whether token {@code close} is a closing quotation mark whose opening mark is in [start, close). */
    private boolean closesQuoteOpenedIn(int start, int close) {
        String opening = switch (tokens.get(close).originalText()) {
            case "”" -> "“";
            case "’" -> "‘";
            case "\"" -> "\"";
            default -> null;
        };
        if (opening == null) {
            return false;
        }
        for (int i = start; i < close; i++) {
            if (tokens.get(i).originalText().equals(opening)) {
                return true;
            }
        }
        return false;
    }

    /** The lemmas of tokens [start, end). */
    List<String> lemmasOf(int start, int end) {
        List<String> lemmas = new ArrayList<>();
        for (CoreLabel t : tokens.subList(start, end)) {
            lemmas.add(lemma(t));
        }
        return lemmas;
    }

    /** The lemmas of the tokens wholly inside chars [start, end). */
    List<String> lemmasIn(int start, int end) {
        List<String> lemmas = new ArrayList<>();
        for (CoreLabel t : tokens) {
            if (t.beginPosition() >= start && t.endPosition() <= end) {
                lemmas.add(lemma(t));
            }
        }
        return lemmas;
    }

    private static String lemma(CoreLabel t) {
        return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    /** The last token that ends at or before char {@code offset}. */
    int lastTokenBefore(int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).endPosition() <= offset) {
                return i;
            }
        }
        return 0;
    }

    /** The first token that ends after char {@code offset}. */
    int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).endPosition() > offset) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    /** The first char of token {@code start} to the last char of token {@code end - 1}. */
    TextSpan tokenSpan(int start, int end) {
        return span(tokens.get(start).beginPosition(), tokens.get(end - 1).endPosition());
    }

    TextSpan span(int start, int end) {
        return new TextSpan(text.substring(start, end), start, end);
    }

    /** Whether the char at {@code offset} opens a paragraph (only spaces between it and a line break). */
    boolean opensParagraph(int offset) {
        int i = offset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    /** The paragraph breaks between two char offsets. */
    int paragraphsBetween(int from, int to) {
        int count = 0;
        boolean inBreak = false;
        for (int i = from; i < to && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (!inBreak) {
                    count++;
                }
                inBreak = true;
            } else if (!Character.isWhitespace(text.charAt(i))) {
                inBreak = false;
            }
        }
        return count;
    }
}
