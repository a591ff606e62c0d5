package dev.newsroom.extractor;

import dev.newsroom.extractor.actors.ArticleActors;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.StatementType;
import dev.newsroom.extractor.rules.AttributionRules;
import dev.newsroom.extractor.rules.Cue;
import dev.newsroom.extractor.rules.CueLexicon;
import dev.newsroom.extractor.rules.SurfaceFrames;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.newsroom.extractor.DependencyPhrases.lemma;
import static dev.newsroom.extractor.DependencyPhrases.max;
import static dev.newsroom.extractor.DependencyPhrases.min;
import static dev.newsroom.extractor.DependencyPhrases.subtree;

/**
 * Statements of parsed sentences: each binding of the Semgrex rules ({@code rules/attribution.semgrex}) gives a cue
 * word, speaker candidates and a content head; this class reads the cue from the lexicon, resolves the speaker,
 * and finds the content span (a quote, the parse's clause, or a fallback of {@link ContentSpans}).
 */
final class CueAttributions {

    private static final Set<String> CREDIT_WORDS = Set.of("reporting", "writing", "editing", "compiled", "written");
    private static final Set<String> OBJECT_OR_INFINITIVE = Set.of("object", "infinitive");
    /** Content rules that bind an object rather than a clause. */
    private static final Set<String> OBJECT_RULES = Set.of("object", "preposition");
    /** Cue types that judge their object rather than ask for an act. */
    private static final Set<StatementType> VERDICTS = Set.of(StatementType.DISAPPROVE, StatementType.APPROVE,
            StatementType.REJECT);
    /** Speaker rules of dependent cues, which may fall back to the sentence's previous speaker. */
    private static final Set<String> FALLBACK_RULES = Set.of("participle", "conjunct");
    private static final Set<String> SUBORDINATORS = Set.of("when", "after", "as", "while", "if", "because", "before",
            "since", "although", "though", "once", "until", "whereas");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", ",", "while");

    /** The cue of a binding: its lexicon entry and its words in the article, [start, end). */
    private record CueWords(Cue cue, int start, int end) {
    }

    /** Who a binding's cue is attributed to, where the text names them, and the parse head it was read from (or null). */
    private record SpeakerMention(ArticleActors.Resolved resolved, int[] mention, IndexedWord head) {

        static SpeakerMention of(Found previous, IndexedWord head) {
            return new SpeakerMention(new ArticleActors.Resolved(previous.speaker(), false),
                    new int[] {previous.mentionStart(), previous.mentionEnd()}, head);
        }
    }

    private final Extractor.Components parts;
    private final ArticleWords words;
    private final List<CoreMap> sentences;
    private final ArticleActors actors;
    private final ArticleQuotes quotes;
    private final ContentSpans spans;
    private final List<Found> found;

    CueAttributions(Extractor.Components parts, ArticleWords words, List<CoreMap> sentences, ArticleActors actors,
                    ArticleQuotes quotes, List<Found> found) {
        this.parts = parts;
        this.words = words;
        this.sentences = sentences;
        this.actors = actors;
        this.quotes = quotes;
        this.spans = new ContentSpans(words);
        this.found = found;
    }

    /** Adds the statements the rules find in sentence {@code s} (none in a credit line or an unparsed sentence). */
    void attribute(int s) {
        SemanticGraph graph = sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null && !isCreditLine(s)) {
            for (AttributionRules.Binding b : parts.rules().apply(graph)) {
                if (!Found.cueTaken(found, s, words.sentenceStart(s) + b.cue().index() - 1)) {
                    attribution(s, graph, b);
                }
            }
        }
    }

    /** "(Reporting by A in X; Editing by B)", "Additional reporting by C": a wire story's credits, not speech. */
    private boolean isCreditLine(int s) {
        int t = words.sentenceStart(s);
        int end = words.sentenceEnd(s);
        while (t < end && words.get(t).originalText().matches("[(\\[]|-LRB-")) {
            t++;
        }
        if (t < end && words.lower(t).equals("additional")) {
            t++;
        }
        return t + 1 < end && CREDIT_WORDS.contains(words.lower(t)) && words.lower(t + 1).equals("by");
    }

    private void attribution(int s, SemanticGraph graph, AttributionRules.Binding b) {
        int base = words.sentenceStart(s);
        int cueToken = base + b.cue().index() - 1;
        // "X said ... and insisted ...", misparsed so that the second cue has no subject of its own
        boolean coordinated = b.speakers().isEmpty() && afterCoordinator(cueToken, base);
        if (quotes.speechAt(words.get(cueToken).beginPosition()) != null) {
            return;
        }
        Optional<CueWords> cueWords = cue(s, graph, b.cue());
        if (cueWords.isEmpty()) {
            return;
        }
        Cue cue = cueWords.get().cue();
        int cueEnd = cueWords.get().end();
        SemanticGraph tree = sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        SpeakerMention speaker = speaker(s, tree, b, cueToken, cueEnd, coordinated);
        boolean repaired = speaker == null && b.speakers().isEmpty();
        if (repaired) {
            // "Ann Lee, wearing a campaign shirt, said ...": a verb of saying the parse left without a subject
            speaker = subjectBefore(s, b.cue(), cueToken);
        } else if (speaker != null && subjectOfOpeningClause(s, speaker.mention(), cueToken)) {
            // "When the ministry raised tariffs, Secretary Ann Lee said ...": the parse took the opening clause's subject
            SpeakerMention framed = subjectBefore(s, b.cue(), cueToken);
            speaker = framed != null && framed.mention()[0] > speaker.mention()[1] ? framed : speaker;
        }
        if (speaker == null || speaker.resolved().media()) {
            return;
        }
        int[] mention = speaker.mention();
        int attributionStart = Math.min(mention[0], cueToken);
        int attributionEnd = Math.max(mention[1], cueEnd);
        // a parse that lost the subject misplaced the clause as well: the content is what follows the cue
        int[] content = repaired ? spans.reportedClause(cueEnd, s) : parsedContent(s, tree, b, cue, cueToken, cueEnd, speaker);
        // "“...,” Cruz said after a brief “...”": a quote closing with a comma right before the attribution is its
        // content, unless the parse found the content before it (a partial quote ending the reported clause)
        int[] quoteSpan = content == null || content[0] >= attributionEnd
                ? quotes.claimFramedBefore(words.get(attributionStart).beginPosition()) : null;
        if (quoteSpan == null) {
            quoteSpan = quotes.claimFor(content, attributionStart, attributionEnd);
        }
        if (content == null && quoteSpan == null && cue.speech()) {
            content = spans.reportedClause(cueEnd, s);
        }
        if (content == null && quoteSpan == null && cue.speech()) {
            content = spans.clauseBeforeAttribution(attributionStart, attributionEnd, s);
        }
        if (content == null && quoteSpan == null && cue.speech()) {
            quoteSpan = spans.blockQuoteAfter(attributionEnd, s);
        }
        boolean direct = quoteSpan != null;
        if (content == null && quoteSpan == null || content != null && content[1] <= content[0] && quoteSpan == null) {
            return;
        }
        if (quoteSpan == null && content[0] >= mention[0] && content[1] <= mention[1]) {
            return; // "a killing claimed by the group": the words the parse gave as content are the speaker's own
        }
        if (cue.act() && (content == null || !parts.cues().statesReason(words.lemmasOf(content[0], content[1])))) {
            return;
        }
        Actor via = actors.mediaIn(words.sentenceStart(s), words.sentenceEnd(s)).orElse(null);
        int[] chars = direct ? quoteSpan
                : new int[] {words.get(content[0]).beginPosition(), words.get(content[1] - 1).endPosition()};
        found.add(new Found(speaker.resolved().actor(), mention[0], mention[1], cueToken, cueEnd, cue,
                chars[0], chars[1], direct, via, s));
    }

    /** The lexicon's cue for a cue word, with the particle or preposition that completes a phrasal cue. */
    private Optional<CueWords> cue(int s, SemanticGraph graph, IndexedWord cueWord) {
        int base = words.sentenceStart(s);
        int cueToken = base + cueWord.index() - 1;
        if (cueWord.word().equalsIgnoreCase("according")) {
            return Optional.of(new CueWords(parts.defaultCue(), cueToken, Math.min(cueToken + 2, words.sentenceEnd(s))));
        }
        if (cueWord.tag().startsWith("NN")) {
            return parts.cues().noun(lemma(cueWord)).map(c -> new CueWords(c, cueToken, cueToken + 1));
        }
        Map<String, IndexedWord> dependents = DependencyPhrases.phraseDependents(graph, cueWord);
        // the nearest dependent completes the phrase: "called in the envoy on Monday" is "call in", not "call on"
        List<String> nearestFirst = dependents.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> Math.abs(e.getValue().index() - cueWord.index())))
                .map(Map.Entry::getKey).toList();
        Cue cue = parts.cues().verb(lemma(cueWord), nearestFirst).orElse(null);
        if (cue == null) {
            return Optional.empty();
        }
        int cueEnd = cueToken + 1;
        if (cue.phraseInCue() && !cue.phrase().endsWith(CueLexicon.PREDICATE)) {
            IndexedWord partner = dependents.get(cue.phrase().substring(cue.phrase().indexOf(' ') + 1));
            // "lodge a protest", "call in", but not the object in "framed the denial as": that is content
            boolean ownWord = partner != null
                    && (graph.getChildren(cueWord).contains(partner) || partner.index() == cueWord.index() + 1);
            if (ownWord && partner.index() > cueWord.index() && partner.index() - cueWord.index() <= 4) {
                cueEnd = base + partner.index();
            }
        }
        return Optional.of(new CueWords(cue, cueToken, cueEnd));
    }

    /**
     * The speaker of a binding: the first speaker candidate that resolves to an actor, else an unnamed source
     * ("they said", "critics argue", "a new poll shows"), else, for a dependent cue, the speaker of the
     * sentence's previous statement. Null when none is.
     */
    private SpeakerMention speaker(int s, SemanticGraph tree, AttributionRules.Binding b, int cueToken, int cueEnd,
                                   boolean coordinated) {
        int base = words.sentenceStart(s);
        IndexedWord cueWord = b.cue();
        Optional<Found> previous = previousInSentence(s, cueToken);
        boolean dependentParticiple = cueWord.tag().equals("VBG") && !b.speakers().isEmpty()
                && FALLBACK_RULES.contains(b.speakers().get(0).rule());
        if (dependentParticiple && previous.isPresent()) {
            // "X called on Y to ..., describing ...": the participle belongs to the sentence's speaker
            return SpeakerMention.of(previous.get(), null);
        }
        IndexedWord tried = null;
        for (AttributionRules.Speaker candidate : b.speakers()) {
            int[] phrase = speakerPhrase(tree, candidate.head(), base, cueToken, cueEnd);
            if (phrase[1] > phrase[0]) {
                tried = candidate.head();
                int from = Math.max(phrase[0], afterPossessor(tree, candidate.head(), base));
                int headToken = base + candidate.head().index() - 1;
                Optional<ArticleActors.Resolved> resolved = from > phrase[0] && from < phrase[1]
                        ? actors.staffSpeaker(phrase[0], from, phrase[1], headToken)
                        : actors.speaker(phrase[0], phrase[1], headToken);
                if (resolved.isPresent()) {
                    return new SpeakerMention(resolved.get(), relativePronoun(tree, cueWord, base).orElse(phrase), tried);
                }
            }
        }
        Optional<SpeakerMention> antecedent = b.speakers().isEmpty() ? Optional.empty()
                : relativeAntecedent(base + b.speakers().get(0).head().index() - 1, base);
        if (antecedent.isPresent()) {
            return antecedent.get();
        }
        if (!b.speakers().isEmpty() && !coordinated) {
            // "they said", "critics argue", "a new poll shows": a source no actor resolves stays unnamed
            IndexedWord head = b.speakers().get(0).head();
            int[] phrase = speakerPhrase(tree, head, base, cueToken, cueEnd);
            if (phrase[1] > phrase[0]) {
                String source = actors.text(phrase[0], phrase[1]);
                // "according to X" names a source whatever X is: a biography, exit polls, "people close to him"
                Optional<Actor> unnamed = cueWord.word().equalsIgnoreCase("according") ? Optional.of(parts.unnamed().any(source))
                        : parts.unnamed().speaker(source, words.get(base + head.index() - 1));
                if (unnamed.isPresent()) {
                    return new SpeakerMention(new ArticleActors.Resolved(unnamed.get(), false),
                            relativePronoun(tree, cueWord, base).orElse(phrase), head);
                }
            }
        }
        if (previous.isPresent() && (coordinated || b.speakers().stream().anyMatch(c -> FALLBACK_RULES.contains(c.rule())))) {
            // "X said ..., adding that ...", "X proposed ... and blasted ...": a dependent cue whose own
            // subject names no actor keeps the speaker of the sentence's previous statement
            return SpeakerMention.of(previous.get(), tried);
        }
        return null;
    }

    /**
     * Whether a speaker phrase stands in a clause that opens the sentence with a subordinator and ends in a comma
     * before the cue ("When X placed ..., Y said").
     */
    private boolean subjectOfOpeningClause(int s, int[] mention, int cueToken) {
        int base = words.sentenceStart(s);
        if (mention[1] > cueToken || !SUBORDINATORS.contains(words.lower(base))) {
            return false;
        }
        for (int t = mention[1]; t < cueToken; t++) {
            if (words.lower(t).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker a subject frame ({@code rules/subject-frames.tokensregex}) reads from the words before a
     * finite verb of saying that opens no clause of its own, or null.
     */
    private SpeakerMention subjectBefore(int s, IndexedWord cueWord, int cueToken) {
        int base = words.sentenceStart(s);
        if (!cueWord.tag().matches("VBD|VBZ|VBP") || cueToken == base
                || parts.cues().verb(lemma(cueWord), Set.of()).map(c -> !c.speech()).orElse(true)) {
            return null;
        }
        Optional<SurfaceFrames.Match> frame = parts.subjectFrames().matchAll(words.range(base, cueToken));
        if (frame.isEmpty()) {
            return null;
        }
        int start = base + frame.get().speakerStart();
        int end = base + frame.get().speakerEnd();
        int head = start;
        while (head + 1 < end && !words.tag(head + 1).matches("IN|TO|JJ")) {
            head++; // the noun before any modifier: "a person familiar with the talks"
        }
        int headToken = head;
        Optional<ArticleActors.Resolved> resolved = actors.speaker(start, end, headToken);
        if (resolved.map(ArticleActors.Resolved::media).orElse(false)) {
            return null;
        }
        String phrase = actors.text(start, end);
        return resolved.or(() -> parts.unnamed().speaker(phrase, words.get(headToken))
                        .or(() -> words.tag(headToken).startsWith("NNP") ? Optional.of(parts.unnamed().any(phrase)) : Optional.empty())
                        .map(a -> new ArticleActors.Resolved(a, false)))
                .map(r -> new SpeakerMention(r, new int[] {start, end}, null))
                .orElse(null);
    }

    /** The words of a speaker candidate's phrase, without the cue's own words, trimmed. */
    private int[] speakerPhrase(SemanticGraph tree, IndexedWord head, int base, int cueToken, int cueEnd) {
        Set<Integer> speakerTokens = DependencyPhrases.phrase(tree, head, base);
        speakerTokens.removeIf(t -> t >= cueToken && t < cueEnd);
        // "with the United States pressing for ...": the preposition is not the speaker's
        IndexedWord node = tree.getNodeByIndexSafe(head.index());
        if (node != null) {
            tree.outgoingEdgeIterable(node).forEach(e -> {
                if (e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase("with")) {
                    speakerTokens.remove(base + e.getDependent().index() - 1);
                }
            });
        }
        return words.trim(min(speakerTokens), max(speakerTokens) + 1);
    }

    /** Whether a comma closes an opening phrase right before the attribution, not a quote ("“...,” he said"). */
    private boolean openingPhraseBefore(int attributionStart, int base) {
        if (attributionStart <= base || !words.lower(attributionStart - 1).equals(",")) {
            return false;
        }
        return attributionStart - 2 < base || !words.lower(attributionStart - 2).matches("[”\"’']");
    }

    /**
     * Whether an infinitive the parse hung on a verdict's verb belongs to its object: "criticized the decision to
     * grant asylum" judges the decision (an appeal's infinitive is its content: "urged Norway to stop").
     */
    private static boolean misplacedInfinitive(SemanticGraph tree, IndexedWord cue, IndexedWord infinitive, Cue c) {
        return VERDICTS.contains(c.type()) && DependencyPhrases.secondObject(tree, cue, infinitive);
    }

    /**
     * The content the parse gives a cue, as a token range, or null: the clause or object the rule bound, without
     * the speaker's phrase and the cue, cut to the words before an attribution inside it; an attitude's object
     * when the rule bound none; the clause after a verb of saying the parse read as an object.
     */
    private int[] parsedContent(int s, SemanticGraph tree, AttributionRules.Binding b, Cue cue, int cueToken, int cueEnd,
                                SpeakerMention speaker) {
        int base = words.sentenceStart(s);
        int[] mention = speaker.mention();
        int[] content = null;
        IndexedWord treeCue = tree.getNodeByIndexSafe(b.cue().index());
        IndexedWord treeContent = b.content() == null ? null : tree.getNodeByIndexSafe(b.content().index());
        boolean objectRule = b.contentRule() != null && OBJECT_RULES.contains(b.contentRule())
                || "infinitive".equals(b.contentRule()) && treeCue != null && treeContent != null
                && misplacedInfinitive(tree, treeCue, treeContent, cue);
        if (treeContent != null && treeCue != null
                && (!cue.speech() || !objectRule || DependencyPhrases.isClause(tree, treeContent))) {
            Set<Integer> contentTokens;
            if (objectRule) {
                // an attitude's object and what follows it: "criticised Norway for ignoring scientific advice"
                contentTokens = spans.attitudeContent(tree, treeCue, s, cueEnd);
            } else {
                contentTokens = subtree(tree, treeContent, base);
                if (contentTokens.contains(cueToken)) {
                    contentTokens.removeAll(subtree(tree, treeCue, base));
                }
            }
            if (speaker.head() != null) {
                IndexedWord speakerHead = tree.getNodeByIndexSafe(speaker.head().index());
                // "with the United States pressing for ...": the cue hangs on the speaker, whose phrase alone goes
                boolean cueOnSpeaker = speakerHead != null && treeCue != null && speakerHead.equals(tree.getParent(treeCue))
                        && tree.getEdge(speakerHead, treeCue).getRelation().toString().equals("acl");
                contentTokens.removeAll(cueOnSpeaker ? DependencyPhrases.phrase(tree, speakerHead, base)
                        : subtree(tree, speakerHead, base));
            }
            contentTokens.removeIf(t -> t >= cueToken && t < cueEnd);
            int attributionStart = Math.min(mention[0], cueToken);
            boolean surrounds = cue == parts.defaultCue() || "as-clause".equals(b.contentRule());
            // "The plan, she said, would fail": an attribution set off by commas inside its own content
            surrounds |= spans.setOffByCommas(attributionStart, Math.max(mention[1], cueEnd), s);
            if (!surrounds && !contentTokens.isEmpty() && min(contentTokens) < attributionStart
                    && max(contentTokens) >= cueEnd) {
                if (contentTokens.contains(cueEnd) && Character.isLetterOrDigit(words.get(cueEnd).word().charAt(0))
                        && openingPhraseBefore(attributionStart, base)) {
                    // "Stressing that ..., he said India wants ...": the parse hung the verb of saying on the clause it
                    // reports; the opening phrase before the comma is not what was said
                    contentTokens.removeIf(t -> t < cueEnd);
                } else if (attributionStart - min(contentTokens) <= 5) {
                    // a misparse hanging the sentence on its dateline ("CITY — X condemned Y"): no clause content
                    contentTokens.clear();
                } else {
                    // "... district level,” the minister said in a statement": the words before the attribution
                    contentTokens.removeIf(t -> t >= attributionStart);
                }
            }
            if (!contentTokens.isEmpty()) {
                content = words.trim(min(contentTokens), max(contentTokens) + 1);
                content = spans.extendOverColon(content, s);
            }
            if (content != null && content[1] <= mention[0] && !words.onlyPunctuation(
                    words.get(content[1] - 1).endPosition(), words.get(attributionStart).beginPosition())) {
                content = null; // a clause before the speaker that is not the reported one ("In a remark viewed as ..., X compared")
            }
        }
        if (content != null && treeCue != null && cue.phrase().endsWith(CueLexicon.PREDICATE)) {
            // "called the plan a disaster": what was called, and what it was called
            for (SemanticGraphEdge e : tree.outgoingEdgeIterable(treeCue)) {
                int object = base + e.getDependent().index() - 1;
                if (e.getRelation().toString().equals("obj") && object >= cueEnd && object < content[0]) {
                    content = words.trim(Math.min(content[0], min(subtree(tree, e.getDependent(), base))), content[1]);
                    break;
                }
            }
        }
        if (content == null && treeCue != null && !cue.speech()) {
            Set<Integer> rest = spans.attitudeContent(tree, treeCue, s, cueEnd);
            if (!rest.isEmpty()) {
                content = words.trim(min(rest), max(rest) + 1);
            }
        }
        if (content != null && cue.speech() && cue.type() == StatementType.STATEMENT && !cue.phrase().equals("tell")
                && content[0] >= cueEnd && OBJECT_OR_INFINITIVE.contains(String.valueOf(b.contentRule()))) {
            // "said Aguilar's refusal to accept the results was ...": a verb of saying takes a clause, not an
            // object or an infinitive, whatever the parse made of it
            int[] clause = spans.reportedClause(cueEnd, s);
            content = clause != null ? clause : content;
        }
        return content;
    }

    /**
     * "Senator X's spokeswoman, Ann Lee, said", "X's campaign manager said": the possessor of a role noun is
     * not the speaker, so resolution starts after it. Returns the first token after the possessor, or -1.
     */
    private int afterPossessor(SemanticGraph tree, IndexedWord head, int base) {
        IndexedWord node = tree.getNodeByIndexSafe(head.index());
        if (node == null || node.tag() == null || !node.tag().matches("NNS?") || !parts.unnamed().staff(lemma(node))) {
            return -1;
        }
        for (SemanticGraphEdge e : tree.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("nmod:poss") && e.getDependent().index() < head.index()) {
                return max(subtree(tree, e.getDependent(), base)) + 1;
            }
        }
        return -1;
    }

    /**
     * "..., Tom Rey, who has said ...": the name before a relative pronoun the parse did not link to it (it hung
     * the relative clause elsewhere), resolved as the speaker; the pronoun is the mention.
     */
    private Optional<SpeakerMention> relativeAntecedent(int pronoun, int sentenceStart) {
        if (!words.tag(pronoun).equals("WP") || pronoun < sentenceStart + 2 || !words.lower(pronoun - 1).equals(",")) {
            return Optional.empty();
        }
        int end = pronoun - 1;
        int start = end;
        while (start > sentenceStart && words.tag(start - 1).startsWith("NNP")) {
            start--;
        }
        if (start == end) {
            return Optional.empty();
        }
        return actors.speaker(start, end, end - 1)
                .filter(r -> !r.media())
                .map(r -> new SpeakerMention(r, new int[] {pronoun, pronoun + 1}, null));
    }

    /** "the mayor, who said ...": the relative pronoun is the speaker's mention where it stands. */
    private Optional<int[]> relativePronoun(SemanticGraph tree, IndexedWord cue, int base) {
        IndexedWord node = tree.getNodeByIndexSafe(cue.index());
        if (node == null) {
            return Optional.empty();
        }
        for (SemanticGraphEdge e : tree.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("nsubj") && e.getDependent().tag() != null
                    && e.getDependent().tag().matches("WP|WDT")) {
                int t = base + e.getDependent().index() - 1;
                return Optional.of(new int[] {t, t + 1});
            }
        }
        return Optional.empty();
    }

    private boolean afterCoordinator(int token, int sentenceBase) {
        return token > sentenceBase && COORDINATORS.contains(words.lower(token - 1));
    }

    private Optional<Found> previousInSentence(int s, int beforeToken) {
        Found last = null;
        for (Found f : found) {
            if (f.sentence() == s && f.cueStart() < beforeToken) {
                last = f;
            }
        }
        return Optional.ofNullable(last);
    }
}
