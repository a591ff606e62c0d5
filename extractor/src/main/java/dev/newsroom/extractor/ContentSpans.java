package dev.newsroom.extractor;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.Set;

/**
 * Where reported content begins and ends when the parse alone does not say: the clause after a speech cue, the
 * clause before a trailing attribution, an attitude's object, a colon's continuation. Token ranges are [start, end).
 */
final class ContentSpans {

    /** Words of channel or time between an attribution and the colon of its block quote: "on its website". */
    private static final int MAX_COLON_TAIL = 8;
    /** Words opening a clause of time, reason or concession after a comma: a fact of its own, not an object. */
    private static final Set<String> SEPARATE_CLAUSE_MARKS = Set.of("as", "while", "after", "before", "because",
            "when", "since", "although", "though", "amid", "whereas");

    private final ArticleWords words;

    ContentSpans(ArticleWords words) {
        this.words = words;
    }

    /** Whether tokens [start, end) of sentence {@code s} stand between commas, a time word or two allowed before the second. */
    boolean setOffByCommas(int start, int end, int s) {
        if (start <= words.sentenceStart(s) || !words.get(start - 1).originalText().equals(",")) {
            return false;
        }
        for (int t = end; t < Math.min(end + 3, words.sentenceEnd(s) - 1); t++) {
            if (words.get(t).originalText().equals(",")) {
                return true;
            }
            if (!words.tag(t).matches("NNP|NN|RB|CD")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Indirect speech the parse missed ("said Ottawa was “monitoring ...”", a quote confusing the parser): the
     * words after a speech cue, from after a "that" within a few words ("said on Tuesday that ...") or, when
     * a finite verb follows closely, from the cue on, to the end of the sentence. Other statements of the
     * sentence cut it later.
     */
    int[] reportedClause(int from, int s) {
        int end = words.sentenceEnd(s);
        for (int i = from; i < Math.min(end, from + 8); i++) {
            if (words.lower(i).equals("that")) {
                int[] clause = words.trim(i + 1, end);
                return clause[1] > clause[0] ? clause : null;
            }
            if (words.tag(i).startsWith("VB") || words.tag(i).equals("MD") || words.isPunctuation(i)) {
                break;
            }
        }
        if (from >= end || !words.tag(from).matches("DT|NN.*|PRP.*|JJ.*|CD|EX")) {
            return null;
        }
        for (int i = from + 1; i < Math.min(end, from + 10); i++) {
            // a past tense the tagger read as a participle, between its subject and its object: "said the group
            // provided a statement" (a participle modifying a noun takes no object: "the truce signed in March")
            boolean finite = words.tag(i).matches("VBD|VBZ|VBP|MD") || words.tag(i).equals("VBN")
                    && words.tag(i - 1).matches("NN.*|JJ.*|PRP") && i + 1 < end && words.tag(i + 1).matches("DT|PRP.*|CD");
            if (finite) {
                int[] clause = words.trim(from, end);
                return clause[1] > clause[0] ? clause : null;
            }
            if (words.isPunctuation(i) && !words.isQuoteMark(i) || words.tag(i).equals("CC")) {
                return null; // "imposed a curfew and carried out ...": an object, then the cue's own conjunct
            }
        }
        return null;
    }

    /**
     * "The agency has not used the records, officials said.": an attribution closing its sentence after a comma
     * reports the clause before it, when the parse did not hang that clause on the cue. Only a few words of
     * time or manner ("on Tuesday", "in a statement") may follow the attribution.
     */
    int[] clauseBeforeAttribution(int attributionStart, int attributionEnd, int s) {
        int start = words.sentenceStart(s);
        int end = words.sentenceEnd(s);
        if (attributionStart - start < 4 || !words.get(attributionStart - 1).originalText().equals(",")) {
            return null;
        }
        int after = attributionEnd;
        while (after < end && !words.isPunctuation(after) && after - attributionEnd < 4) {
            after++;
        }
        if (after < end && !words.get(after).originalText().matches("[.!?]") || after - attributionEnd >= 4) {
            return null;
        }
        boolean finiteVerb = false;
        for (int i = start; i < attributionStart - 1; i++) {
            finiteVerb |= words.tag(i).matches("VBD|VBZ|VBP|MD");
        }
        int[] clause = words.trim(start, attributionStart - 1);
        return finiteVerb && clause[1] - clause[0] >= 3 ? clause : null;
    }

    /**
     * What an attitude cue takes after it: its subtree from the cue on, up to a clause set off by a comma that
     * is an act or a fact of its own (", calling it ...", ", as lawmakers raced ..."), wherever the parse hung
     * it; clauses with a preposition stay ("criticised X for ignoring ...").
     */
    Set<Integer> attitudeContent(SemanticGraph tree, IndexedWord cue, int s, int cueEnd) {
        int base = words.sentenceStart(s);
        Set<Integer> out = DependencyPhrases.subtree(tree, cue, base);
        out.removeIf(t -> t < cueEnd);
        // "condemned the raid and ordered ...": a finite verb coordinated with the cue is an act of its own
        for (SemanticGraphEdge e : tree.outgoingEdgeIterable(cue)) {
            if (e.getRelation().toString().startsWith("conj") && e.getDependent().tag() != null
                    && e.getDependent().tag().matches("VBD|VBZ|VBP")) {
                int cut = DependencyPhrases.min(DependencyPhrases.subtree(tree, e.getDependent(), base));
                if (cut > cueEnd) {
                    out.removeIf(t -> t >= cut);
                }
            }
        }
        int end = words.sentenceEnd(s);
        for (int t = cueEnd; t + 1 < end; t++) {
            if (words.get(t).originalText().equals(",")
                    && (words.tag(t + 1).equals("VBG") || SEPARATE_CLAUSE_MARKS.contains(words.lower(t + 1)))) {
                int cut = t;
                out.removeIf(x -> x >= cut);
                break;
            }
        }
        return out;
    }

    /**
     * "Lee told the radio programme:" closing its paragraph: the next paragraph is what was said, a block quote
     * without quotation marks (as char offsets), when only a few words of channel or time stand between the
     * attribution and the colon. Null otherwise, and for a next paragraph in quotation marks (a quote of its own).
     */
    int[] blockQuoteAfter(int attributionEnd, int s) {
        int colon = words.sentenceEnd(s) - 1;
        if (colon < attributionEnd || colon - attributionEnd > MAX_COLON_TAIL || colon + 1 >= words.size()
                || !words.get(colon).originalText().equals(":")) {
            return null;
        }
        for (int t = attributionEnd; t < colon; t++) {
            if (words.tag(t).startsWith("VB") || words.tag(t).equals("MD")) {
                return null;
            }
        }
        String text = words.text();
        int start = words.get(colon + 1).beginPosition();
        if (words.paragraphsBetween(words.get(colon).endPosition(), start) == 0 || words.isQuoteMark(colon + 1)) {
            return null;
        }
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > start ? new int[] {start, end} : null;
    }

    /** "stressed that one thing matters: the rest" — content ending before a colon runs on to the sentence end. */
    int[] extendOverColon(int[] content, int s) {
        int end = words.sentenceEnd(s);
        if (content[1] < end && words.get(content[1]).originalText().equals(":")) {
            int[] extended = words.trim(content[0], end);
            return extended[1] > content[1] ? extended : content;
        }
        return content;
    }
}
