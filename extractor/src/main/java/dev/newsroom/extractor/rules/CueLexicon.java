package dev.newsroom.extractor.rules;

import dev.newsroom.extractor.model.StatementType;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cue lexicon of {@code rules/cues.tsv}. */
public final class CueLexicon {

    private final Map<String, Cue> verbs = new HashMap<>();
    private final Map<String, Cue> nouns = new HashMap<>();
    private final Set<String> verbHeads = new LinkedHashSet<>();

    public CueLexicon(List<String[]> rows) {
        for (String[] row : rows) {
            Cue cue = new Cue(row[0], row[1].equals("N"), StatementType.valueOf(row[2]),
                    Double.parseDouble(row[3]), row[4].equals("speech"));
            (cue.noun() ? nouns : verbs).put(cue.phrase(), cue);
            if (!cue.noun()) {
                verbHeads.add(cue.head());
            }
        }
    }

    public static CueLexicon load() {
        return new CueLexicon(Tsv.rows("rules/cues.tsv", 5));
    }

    /**
     * The verb cue a token with {@code lemma} forms with its dependents' lemmas (particles, prepositions,
     * object nouns): the longest phrase that exists, e.g. "call" with "for" gives "call for".
     */
    public Optional<Cue> verb(String lemma, Collection<String> dependentLemmas) {
        Cue best = null;
        for (String dependent : dependentLemmas) {
            Cue phrase = verbs.get(lemma + " " + dependent);
            if (phrase != null) {
                best = phrase;
            }
        }
        return Optional.ofNullable(best != null ? best : verbs.get(lemma));
    }

    public Optional<Cue> noun(String lemma) {
        return Optional.ofNullable(nouns.get(lemma));
    }

    /** The lemmas verb cues hang on, phrase heads included ("call" of "call for"). */
    public Set<String> verbHeads() {
        return Set.copyOf(verbHeads);
    }

    public boolean isVerbHead(String lemma) {
        return verbHeads.contains(lemma);
    }

    public boolean isNoun(String lemma) {
        return nouns.containsKey(lemma);
    }

    /** An alternation (for Semgrex) of every verb head lemma. */
    public String verbRegex() {
        return regex(verbHeads);
    }

    public String nounRegex() {
        return regex(nouns.keySet());
    }

    private static String regex(Collection<String> lemmas) {
        return String.join("|", lemmas);
    }
}
