package dev.newsroom.extractor.rules;

import dev.newsroom.extractor.model.StatementType;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cue lexicon of {@code rules/cues.tsv}. */
public final class CueLexicon {

    private static final String NEGATED = "not ";
    /** The dependent standing for a noun or adjective said of a cue's object: "call <predicate>". */
    public static final String PREDICATE = "<predicate>";

    private final Map<String, Cue> verbs = new HashMap<>();
    private final Map<String, Cue> nouns = new HashMap<>();
    private final Map<String, Cue> negatedVerbs = new HashMap<>();
    private final Set<String> verbHeads = new LinkedHashSet<>();
    private final Map<String, Set<String>> phraseTails = new HashMap<>();
    private final Set<String> reasonWords;

    public CueLexicon(List<String[]> rows, List<String> reasonWords) {
        this.reasonWords = Set.copyOf(reasonWords);
        for (String[] row : rows) {
            StatementType type = StatementType.valueOf(row[2]);
            Set<StatementType> refinable = row.length > 5 ? types(row[5]) : Cue.defaultRefinable(type);
            Cue cue = new Cue(row[0], row[1].equals("N"), type, Double.parseDouble(row[3]), Cue.Frame.of(row[4]),
                    refinable);
            if (!cue.noun() && cue.phrase().startsWith(NEGATED)) {
                negatedVerbs.put(cue.phrase().substring(NEGATED.length()), cue);
                continue;
            }
            (cue.noun() ? nouns : verbs).put(cue.phrase(), cue);
            if (!cue.noun()) {
                verbHeads.add(cue.head());
                if (!cue.head().equals(cue.phrase())) {
                    phraseTails.computeIfAbsent(cue.head(), h -> new LinkedHashSet<>())
                            .add(cue.phrase().substring(cue.head().length() + 1));
                }
            }
        }
    }

    public static CueLexicon load() {
        return new CueLexicon(Tsv.rows("rules/cues.tsv", 5, 6), Tsv.lines("rules/act-reasons.txt"));
    }

    /** Whether content lemmas state the reason for an act: "over the remarks", "in retaliation for ...". */
    public boolean statesReason(Collection<String> lemmas) {
        return lemmas.stream().anyMatch(reasonWords::contains);
    }

    /** "*" for every type but STATEMENT, "-" for none, or a comma-separated list. */
    private static Set<StatementType> types(String field) {
        if (field.equals("*")) {
            return Cue.defaultRefinable(StatementType.STATEMENT);
        }
        Set<StatementType> out = EnumSet.noneOf(StatementType.class);
        if (!field.equals("-")) {
            for (String name : field.split(",")) {
                out.add(StatementType.valueOf(name.trim()));
            }
        }
        return out;
    }

    /**
     * The verb cue a token with {@code lemma} forms with its dependents' lemmas (particles, prepositions,
     * object nouns), e.g. "call" with "for" gives "call for": the phrase of the first dependent in the given order
     * that forms one, a phrase of words ("call it") before one with a placeholder ("call <predicate>"), else the
     * lemma's own cue.
     */
    public Optional<Cue> verb(String lemma, Collection<String> dependentLemmas) {
        Cue placeholder = null;
        for (String dependent : dependentLemmas) {
            Cue phrase = verbs.get(lemma + " " + dependent);
            if (phrase != null && !phrase.phrase().endsWith(PREDICATE)) {
                return Optional.of(phrase);
            }
            placeholder = placeholder == null ? phrase : placeholder;
        }
        return Optional.ofNullable(placeholder != null ? placeholder : verbs.get(lemma));
    }

    /**
     * What a negated cue expresses: its "not ..." line ("did not rule out" is an intent, "could not support"
     * a rejection), else a plain statement whose content may still say more ("did not say when").
     */
    public Cue negated(Cue cue) {
        Cue line = negatedVerbs.get(cue.phrase());
        if (line != null) {
            return line;
        }
        return cue.type() == StatementType.STATEMENT ? cue
                : new Cue(cue.phrase(), cue.noun(), StatementType.STATEMENT, 0, cue.frame());
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

    /**
     * Whether a verb with {@code lemma} can be a cue in a sentence of these (lower-case) words and lemmas:
     * it is a cue on its own, or it heads a phrase one of them completes ("call" with "for").
     */
    public boolean isVerbCueAmong(String lemma, Set<String> sentenceWords) {
        if (verbs.containsKey(lemma)) {
            return true;
        }
        for (String tail : phraseTails.getOrDefault(lemma, Set.of())) {
            // a predicate ("called the plan a disaster") is any noun or adjective: only the parse can tell
            if (tail.equals(PREDICATE) || sentenceWords.contains(tail)) {
                return true;
            }
        }
        return false;
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
