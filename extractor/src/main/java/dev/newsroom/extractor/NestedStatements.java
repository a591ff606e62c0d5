package dev.newsroom.extractor;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Statements of one sentence that stand inside each other's content: a cue that is part of what was reported
 * goes, a coordinated cue keeps the reporting speaker, and content gives way to the statements it holds.
 */
final class NestedStatements {

    /** Words before a verb that make it a complement of the verb before: "to back", "of refusing". */
    private static final Set<String> COMPLEMENT_MARKS = Set.of("to", "of", "from", "for", "against", "by");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", ",", "while");
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "since", "because", "as",
            "while", "until", "once");

    /** Words opening a clause of reason, condition or concession inside reported content. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("because", "if", "unless", "although", "though",
            "since", "while", "whereas");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    private static final Set<String> ACCUSATIONS = Set.of("allegation", "allegations", "accusation", "accusations",
            "charge", "charges", "claim", "claims");

    private final ArticleWords words;
    private final List<CoreMap> sentences;

    NestedStatements(ArticleWords words, List<CoreMap> sentences) {
        this.words = words;
        this.sentences = sentences;
    }

    void resolve(List<Found> found) {
        dropEmbedded(found);
        reattachCoordinated(found);
        attachOpeningParticiples(found);
        answerAccusations(found);
        separate(found);
    }

    /**
     * "X accused Y of Z, an allegation Y has denied": the parse takes "an allegation Y" for the subject of the denial.
     * The speaker is Y, what Y denied is the allegation, and the accusation ends before it.
     */
    private void answerAccusations(List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found g = found.get(i);
            int m = g.mentionStart();
            if (g.mentionEnd() - m < 3 || !DETERMINERS.contains(words.lower(m)) || !ACCUSATIONS.contains(words.lower(m + 1))
                    || m == words.sentenceStart(g.sentence()) || !words.lower(m - 1).equals(",")) {
                continue;
            }
            int allegationEnd = words.get(m + 1).endPosition();
            found.set(i, new Found(g.speaker(), m + 2, g.mentionEnd(), g.cueStart(), g.cueEnd(), g.cue(),
                    words.get(m).beginPosition(), allegationEnd, false, g.via(), g.sentence()));
            int comma = words.get(m - 1).beginPosition();
            for (int j = 0; j < found.size(); j++) {
                Found f = found.get(j);
                if (j != i && f.sentence() == g.sentence() && f.contentStart() < comma && f.contentEnd() > comma) {
                    found.set(j, f.withContent(f.contentStart(), words.get(m - 2).endPosition(), f.direct()));
                }
            }
        }
    }

    /**
     * "Stressing that unity matters, he said ...", "Expressing regret over the curbs, the minister said ...": a
     * participle opening the sentence is said by the subject of the clause after its comma, whatever subject the
     * parse gave it.
     */
    private void attachOpeningParticiples(List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found g = found.get(i);
            if (g.cueStart() != words.sentenceStart(g.sentence()) || !words.tag(g.cueStart()).equals("VBG")) {
                continue;
            }
            for (Found f : found) {
                boolean afterComma = f.mentionStart() > g.cueEnd() && words.lower(f.mentionStart() - 1).equals(",");
                if (f != g && f.sentence() == g.sentence() && afterComma && f.mentionEnd() <= f.cueStart()) {
                    found.set(i, g.spokenBy(f));
                    break;
                }
            }
        }
    }

    /**
     * A cue inside another statement's indirect content is part of what was reported, not a statement of its
     * own, when it is the verb of the reported clause's own subject ("said Moscow could not support a
     * mandate", "said that Norway condemned the vote") or a complement ("urged members to back ...",
     * "accused X of refusing ..."). Coordinated cues ("..., and accused X of ...", "and to stress ...") stay.
     */
    private void dropEmbedded(List<Found> found) {
        List<Found> embedded = new ArrayList<>();
        for (Found g : found) {
            int cue = words.get(g.cueStart()).beginPosition();
            for (Found f : found) {
                boolean inside = f != g && !f.direct() && f.sentence() == g.sentence() && f.cueStart() < g.cueStart()
                        && cue >= f.contentStart() && cue < f.contentEnd();
                if (inside && (isComplement(g) || opensReportedClause(g, f))) {
                    embedded.add(g);
                    break;
                }
            }
        }
        found.removeAll(embedded);
    }

    /**
     * "X said Moscow could not ..., and accused Y of ...": a cue coordinated with a reporting verb whose
     * subject the parse took from inside the reported clause keeps the reporting verb's speaker.
     */
    private void reattachCoordinated(List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found g = found.get(i);
            String before = g.cueStart() > words.sentenceStart(g.sentence()) ? words.lower(g.cueStart() - 1) : "";
            boolean coordinated = before.equals("and") || before.equals("but")
                    || before.equals(",") && words.tag(g.cueStart()).equals("VBG");
            if (!coordinated) {
                continue; // "..., X's deputy, conveyed ...": a comma before a finite verb closes an apposition
            }
            int mention = words.get(g.mentionStart()).beginPosition();
            for (Found f : found) {
                boolean cueBetween = found.stream().anyMatch(h -> h != f && h != g && h.sentence() == g.sentence()
                        && h.cueStart() > f.cueStart() && h.cueStart() < g.mentionStart());
                if (f != g && !f.direct() && f.sentence() == g.sentence() && f.cueStart() < g.mentionStart()
                        && mention >= f.contentStart() && mention < f.contentEnd() && !cueBetween
                        && !coordinatedWithin(g, f)) {
                    found.set(i, g.spokenBy(f));
                    break;
                }
            }
        }
    }

    /**
     * "said ... after Israel summoned the envoy and declared ...": the parse joins the cue to a verb of a clause of
     * time or reason inside what was reported, so it keeps its own subject.
     */
    private boolean coordinatedWithin(Found g, Found f) {
        SemanticGraph tree = sentences.get(g.sentence()).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (tree == null) {
            return false;
        }
        int base = words.sentenceStart(g.sentence());
        IndexedWord cue = tree.getNodeByIndexSafe(g.cueStart() - base + 1);
        if (cue == null) {
            return false;
        }
        for (SemanticGraphEdge e : tree.incomingEdgeIterable(cue)) {
            int partner = base + e.getGovernor().index() - 1;
            if (e.getRelation().toString().startsWith("conj") && partner != f.cueStart()
                    && words.get(partner).beginPosition() >= f.contentStart() && subordinate(tree, e.getGovernor())) {
                return true;
            }
        }
        return false;
    }

    /** A clause of time or reason ("after Israel summoned ..."): a narrated event, not the reported claim. */
    private static boolean subordinate(SemanticGraph tree, IndexedWord verb) {
        return DependencyPhrases.hasDependentWord(tree, verb, "mark|advmod", SUBORDINATORS);
    }

    /** "to back", "of refusing": a cue right after a complement mark that no coordination precedes. */
    private boolean isComplement(Found g) {
        int mark = g.cueStart() - 1;
        if (mark <= words.sentenceStart(g.sentence()) || !COMPLEMENT_MARKS.contains(words.lower(mark))) {
            return false;
        }
        return !COORDINATORS.contains(words.lower(mark - 1));
    }

    /** The verb of the subject that opens another statement's content: "said [Moscow could not support] ...". */
    private boolean opensReportedClause(Found g, Found f) {
        if (!words.tag(g.cueStart()).startsWith("VB") || g.mentionStart() != words.tokenAt(f.contentStart())
                || g.mentionEnd() > g.cueStart()) {
            return false;
        }
        for (int t = g.mentionEnd(); t < g.cueStart(); t++) {
            if (!words.tag(t).matches("MD|RB|VB.*")) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where one statement's indirect content holds another statement of the same sentence ("X called on Y
     * to ..., describing ..."), the content gives way: it ends before the other, or starts after it when
     * the other opens it.
     */
    private void separate(List<Found> found) {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.direct()) {
                continue;
            }
            int start = f.contentStart();
            int end = f.contentEnd();
            for (Found g : found) {
                int cue = words.get(g.cueStart()).beginPosition();
                if (g == f || g.sentence() != f.sentence() || cue < start || cue >= end || inRelativeClause(g)) {
                    continue; // "said the deal threatens Iran's neighbours, whose leaders warned ...": still reported
                }
                boolean mentionLeads = g.mentionEnd() <= g.cueStart() && g.cueStart() - g.mentionEnd() <= 1;
                int opening = mentionLeads ? g.mentionStart() : g.cueStart();
                if (opening > words.sentenceStart(g.sentence()) && CLAUSE_OPENERS.contains(words.lower(opening - 1))) {
                    continue; // "said X could lose because he supports Y": a reason inside what was said stays in it
                }
                int gStart = mentionLeads ? words.get(g.mentionStart()).beginPosition() : cue;
                int gEnd = Math.max(g.contentEnd(), words.get(g.cueEnd() - 1).endPosition());
                if (gStart <= start && g.speaker().id().equals(f.speaker().id()) && Math.abs(g.cueStart() - f.cueStart()) <= 4) {
                    start = end; // "X's comments voiced doubt that ...": the same statement, found from two cues
                } else if (gStart <= start) {
                    start = Math.max(start, gEnd);
                } else if (!g.cue().noun()) {
                    end = Math.min(end, gStart);
                }
            }
            if (start != f.contentStart() || end != f.contentEnd()) {
                int[] t = words.trim(words.tokenAt(start), words.lastTokenBefore(end) + 1);
                if (t[1] > t[0] && start < end) {
                    found.set(i, f.withContent(words.get(t[0]).beginPosition(), words.get(t[1] - 1).endPosition(), false));
                }
            }
        }
    }

    /** Whether a statement's speaker is a relative pronoun ("who said", "whose leaders warned"): part of a clause. */
    private boolean inRelativeClause(Found g) {
        return g.mentionStart() < g.cueStart() && words.tag(g.mentionStart()).matches("WP|WP\\$|WDT");
    }
}
