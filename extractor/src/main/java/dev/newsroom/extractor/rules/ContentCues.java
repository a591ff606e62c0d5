package dev.newsroom.extractor.rules;

import dev.newsroom.extractor.model.StatementType;

import java.util.List;
import java.util.Set;

/**
 * The content cues of {@code rules/content-cues.tsv} and the topic labels of {@code rules/topics.tsv}:
 * words of what was said that make a neutral report ("said", "told", "warned") a rejection, a threat, a
 * demand..., or refine a typed one ("urged X to stop at once" is a demand).
 */
public final class ContentCues {

    /** A type and stance suggested by words of the content. */
    public record Signal(StatementType type, double stance) {
    }

    /**
     * One line of the content cues: what the phrase signals, what it signals when negated ("not illegal"
     * denies an accusation; null: nothing), and the cue types and cue phrases it may refine (null: any cue
     * open to it).
     */
    private record Line(Signal plain, Signal negated, Set<String> onlyAfter) {

        boolean refines(Cue cue) {
            return onlyAfter == null || onlyAfter.contains(cue.type().name()) || onlyAfter.contains(cue.phrase());
        }
    }

    /** Words that negate a phrase starting up to {@value #NEGATION_REACH} words after them. */
    private static final Set<String> NEGATORS = Set.of("not", "no", "never", "without", "nor", "neither", "hardly");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ".", ";", ":", "but", "and", "or", "that", "which",
            "“", "”", "\"");
    private static final int NEGATION_REACH = 3;

    private final PhraseLexicon<Line> signals = new PhraseLexicon<>();
    private final PhraseLexicon<String> topics = new PhraseLexicon<>();

    public ContentCues(List<String[]> signalRows, List<String[]> topicRows) {
        for (String[] row : signalRows) {
            StatementType type = StatementType.valueOf(row[1]);
            double stance = Double.parseDouble(row[2]);
            Signal negated = row.length > 3 && !row[3].equals("-") ? negatedSignal(StatementType.valueOf(row[3]), stance) : null;
            Set<String> onlyAfter = row.length > 4 ? Set.of(row[4].split("\\s*,\\s*")) : null;
            signals.put(row[0], new Line(new Signal(type, stance), negated, onlyAfter));
        }
        for (String[] row : topicRows) {
            topics.put(row[0], row[1]);
        }
    }

    public static ContentCues load() {
        return new ContentCues(Tsv.rows("rules/content-cues.tsv", 3, 5), Tsv.rows("rules/topics.tsv", 2));
    }

    /** A negated phrase keeps the strength of its stance, with the sign of the type it turns into. */
    private static Signal negatedSignal(StatementType type, double stance) {
        double strength = Math.abs(stance);
        if (type.isConflictual()) {
            return new Signal(type, -strength);
        }
        return new Signal(type, type == StatementType.APPROVE ? strength : 0);
    }

    /**
     * The type and stance of a statement reported by {@code cue} with content {@code lemmas}: the first
     * content cue, in lexicon order, into which the cue may be refined, else the cue's own. A line of the
     * cue's own type confirms it and ends the search ("it is not yet clear" keeps "said" a statement).
     */
    public Signal classify(Cue cue, List<String> lemmas) {
        Signal own = new Signal(cue.type(), cue.stance());
        if (cue.refinable().isEmpty()) {
            return own;
        }
        List<String> normalized = PhraseLexicon.normalize(lemmas);
        for (PhraseLexicon.Occurrence<Line> o : signals.occurrences(normalized)) {
            Line line = o.value();
            if (!line.refines(cue)) {
                continue;
            }
            Signal signal = negated(normalized, o.start()) ? line.negated() : line.plain();
            if (signal != null && signal.type() == cue.type()) {
                return own;
            }
            if (signal != null && cue.refinable().contains(signal.type())) {
                return signal;
            }
        }
        return own;
    }

    /** Whether a negator precedes the word at {@code start} in the same clause ("is not illegal"). */
    private static boolean negated(List<String> lemmas, int start) {
        if (start < lemmas.size() && NEGATORS.contains(lemmas.get(start))) {
            return false; // the phrase carries its own negation ("not true", "no basis")
        }
        for (int i = start - 1; i >= 0 && i >= start - NEGATION_REACH; i--) {
            String lemma = lemmas.get(i);
            if (CLAUSE_BREAKS.contains(lemma)) {
                return false;
            }
            if (NEGATORS.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    public List<String> topics(List<String> lemmas) {
        return topics.matches(lemmas);
    }
}
