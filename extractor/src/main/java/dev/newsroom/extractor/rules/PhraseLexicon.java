package dev.newsroom.extractor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lemma phrases mapped to values, found in a lemma sequence. Entries keep their file order, which is
 * their priority: {@link #matches} lists values in that order. "do" before "not" is ignored, so "does not
 * match" and "don't match" both contain the phrase "not match". A "..." in a phrase stands for up to
 * {@value #GAP} words that do not end a clause ("summon ... ambassador", "urge ... immediately"); a phrase
 * opening with "^" occurs only at the start ("^ whether").
 */
public final class PhraseLexicon<T> {

    /** Where a phrase occurs: its value and the index of its first word in the normalised lemmas. */
    public record Occurrence<T>(T value, int start) {
    }

    static final int GAP = 6;
    private static final String GAP_MARK = "...";
    private static final String START_MARK = "^";
    private static final java.util.Set<String> QUOTES = java.util.Set.of("``", "''", "\"", "“", "”", "‘", "'", "`");

    private final List<Map.Entry<List<String>, T>> entries = new ArrayList<>();

    /** Adds a phrase after the others; a phrase may come more than once, with other values. */
    public void put(String phrase, T value) {
        entries.add(Map.entry(List.of(phrase.toLowerCase(Locale.ROOT).trim().split("\\s+")), value));
    }

    /** The values whose phrases occur in {@code lemmas}, in lexicon order, each once. */
    public List<T> matches(List<String> lemmas) {
        List<String> normalized = normalize(lemmas);
        List<T> found = new ArrayList<>();
        for (Map.Entry<List<String>, T> e : entries) {
            if (!found.contains(e.getValue()) && find(normalized, e.getKey(), 0) >= 0) {
                found.add(e.getValue());
            }
        }
        return found;
    }

    /** The first entry, in lexicon order, whose phrase occurs in {@code lemmas}, or null. */
    public T first(List<String> lemmas) {
        List<String> normalized = normalize(lemmas);
        for (Map.Entry<List<String>, T> e : entries) {
            if (find(normalized, e.getKey(), 0) >= 0) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * Every occurrence of every phrase in {@code normalized} lemmas (see {@link #normalize}), entries in
     * lexicon order, occurrences of one entry left to right.
     */
    public List<Occurrence<T>> occurrences(List<String> normalized) {
        List<Occurrence<T>> out = new ArrayList<>();
        for (Map.Entry<List<String>, T> e : entries) {
            for (int at = find(normalized, e.getKey(), 0); at >= 0; at = find(normalized, e.getKey(), at + 1)) {
                out.add(new Occurrence<>(e.getValue(), at));
            }
        }
        return out;
    }

    /**
     * Lower-cased lemmas with "n't" read as "not", the "do" of "do not" and quotation marks left out (a phrase
     * spans a partial quote: had “crossed a red line”).
     */
    public static List<String> normalize(List<String> lemmas) {
        List<String> out = new ArrayList<>(lemmas.size());
        for (int i = 0; i < lemmas.size(); i++) {
            String lemma = lemmas.get(i).toLowerCase(Locale.ROOT);
            if (lemma.equals("do") && i + 1 < lemmas.size() && isNot(lemmas.get(i + 1)) || QUOTES.contains(lemma)) {
                continue;
            }
            out.add(isNot(lemma) ? "not" : lemma);
        }
        return out;
    }

    private static boolean isNot(String lemma) {
        return lemma.equalsIgnoreCase("not") || lemma.equalsIgnoreCase("n't") || lemma.equals("n’t");
    }

    /** The first index at or after {@code from} where {@code phrase} starts, or -1. */
    private static int find(List<String> haystack, List<String> phrase, int from) {
        if (phrase.get(0).equals(START_MARK)) {
            return from == 0 && matchesAt(haystack, phrase, 0, 1) ? 0 : -1;
        }
        for (int i = from; i < haystack.size(); i++) {
            if (matchesAt(haystack, phrase, i, 0)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(List<String> haystack, List<String> phrase, int at, int p) {
        if (p == phrase.size()) {
            return true;
        }
        if (phrase.get(p).equals(GAP_MARK)) {
            for (int skip = 0; skip <= GAP && at + skip < haystack.size(); skip++) {
                if (skip > 0 && endsClause(haystack.get(at + skip - 1))) {
                    return false;
                }
                if (matchesAt(haystack, phrase, at + skip, p + 1)) {
                    return true;
                }
            }
            return false;
        }
        return at < haystack.size() && haystack.get(at).equals(phrase.get(p)) && matchesAt(haystack, phrase, at + 1, p + 1);
    }

    private static boolean endsClause(String lemma) {
        return lemma.equals(".") || lemma.equals(";") || lemma.equals(":") || lemma.equals("?") || lemma.equals("!");
    }
}
