package dev.newsroom.extractor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lemma phrases mapped to values, found in a lemma sequence. Entries keep their file order, which is
 * their priority: {@link #matches} lists values in that order. "do" before "not" is ignored, so "does not
 * match" and "don't match" both contain the phrase "not match".
 */
public final class PhraseLexicon<T> {

    private final Map<List<String>, T> entries = new LinkedHashMap<>();

    public void put(String phrase, T value) {
        entries.put(List.of(phrase.toLowerCase(Locale.ROOT).split(" ")), value);
    }

    /** The values whose phrases occur in {@code lemmas}, in lexicon order, each once. */
    public List<T> matches(List<String> lemmas) {
        List<String> normalized = normalize(lemmas);
        List<T> found = new ArrayList<>();
        for (Map.Entry<List<String>, T> e : entries.entrySet()) {
            if (!found.contains(e.getValue()) && contains(normalized, e.getKey())) {
                found.add(e.getValue());
            }
        }
        return found;
    }

    /** The first entry, in lexicon order, whose phrase occurs in {@code lemmas}, or null. */
    public T first(List<String> lemmas) {
        List<String> normalized = normalize(lemmas);
        for (Map.Entry<List<String>, T> e : entries.entrySet()) {
            if (contains(normalized, e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    private static List<String> normalize(List<String> lemmas) {
        List<String> out = new ArrayList<>(lemmas.size());
        for (int i = 0; i < lemmas.size(); i++) {
            String lemma = lemmas.get(i).toLowerCase(Locale.ROOT);
            if (lemma.equals("do") && i + 1 < lemmas.size() && isNot(lemmas.get(i + 1))) {
                continue;
            }
            out.add(isNot(lemma) ? "not" : lemma);
        }
        return out;
    }

    private static boolean isNot(String lemma) {
        return lemma.equalsIgnoreCase("not") || lemma.equalsIgnoreCase("n't") || lemma.equals("n’t");
    }

    private static boolean contains(List<String> haystack, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= haystack.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!haystack.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
