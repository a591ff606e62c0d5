package dev.newsroom.extractor;

import dev.newsroom.extractor.actors.ArticleActors;
import dev.newsroom.extractor.actors.Counterparts;
import dev.newsroom.extractor.actors.Target;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.StatementType;
import dev.newsroom.extractor.model.TextSpan;
import dev.newsroom.extractor.rules.AttributionRules;
import dev.newsroom.extractor.rules.ContentCues;
import dev.newsroom.extractor.rules.Cue;
import dev.newsroom.extractor.rules.CueLexicon;
import dev.newsroom.extractor.rules.HeadlineRules;
import dev.newsroom.extractor.rules.Quotes;
import dev.newsroom.extractor.rules.StatedAt;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/** The statements of one analysed article: attribution rules, speakers, content, then types and disputes. */
final class ArticleExtraction {

    /** A statement before classification: mention and cue in article tokens, content in chars. */
    private record Found(Actor speaker, int mentionStart, int mentionEnd, int cueStart, int cueEnd, Cue cue,
                         int contentStart, int contentEnd, boolean direct, Actor via, int sentence) {
    }

    /** Dependents of a speaker that are not part of the speaker's phrase. */
    private static final Set<String> CLAUSE_RELATIONS = Set.of("acl", "acl:relcl", "advcl", "ccomp", "parataxis",
            "dep", "xcomp", "conj", "cc", "punct");
    /** Words opening a clause of time, reason or concession after a comma: a fact of its own, not an object. */
    private static final Set<String> SEPARATE_CLAUSE_MARKS = Set.of("as", "while", "after", "before", "because",
            "when", "since", "although", "though", "amid", "whereas");
    private static final Set<String> CREDIT_WORDS = Set.of("reporting", "writing", "editing", "compiled", "written");
    private static final Set<String> OBJECT_OR_INFINITIVE = Set.of("object", "infinitive");
    /** Content rules that bind an object rather than a clause. */
    private static final Set<String> OBJECT_RULES = Set.of("object", "preposition");
    /** Speaker rules of dependent cues, which may fall back to the sentence's previous speaker. */
    private static final Set<String> FALLBACK_RULES = Set.of("participle", "conjunct");
    /** Words before a verb that make it a complement of the verb before: "to back", "of refusing". */
    private static final Set<String> COMPLEMENT_MARKS = Set.of("to", "of", "from", "for", "against", "by");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", ",", "while");
    private static final Set<String> EDGE_WORDS = Set.of("that", ",", ":", ";", "-", "–", "—", "and", "but", "\"",
            "“", "”", "‘", "’", "'", "''", "``", "(", ")", ".");

    private static final System.Logger LOG = System.getLogger(ArticleExtraction.class.getName());

    private final Extractor.Components parts;
    private final ArticleText article;
    private final String text;
    private final List<CoreMap> sentences;
    private final List<CoreLabel> tokens = new ArrayList<>();
    private final int[] sentenceStart;
    private final List<Quotes.Quote> quotes;
    private final ArticleActors actors;
    private final List<Found> found = new ArrayList<>();
    private final BitSet usedQuotes = new BitSet();

    ArticleExtraction(Extractor.Components parts, ArticleText article, List<CoreMap> sentences, List<Quotes.Quote> quotes) {
        this.parts = parts;
        this.article = article;
        this.text = article.text();
        this.sentences = sentences;
        this.quotes = quotes;
        this.sentenceStart = new int[sentences.size() + 1];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceStart[s] = tokens.size();
            tokens.addAll(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class));
        }
        sentenceStart[sentences.size()] = tokens.size();
        OptionalInt year = article.publishedAt() == null ? OptionalInt.empty()
                : OptionalInt.of(LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC).getYear());
        this.actors = new ArticleActors(parts.kb(), parts.persons(), year, sentences,
                quotes.stream().map(q -> new int[] {q.start(), q.end()}).toList());
    }

    List<StatementExplanation> run() {
        boolean headlineBlock = true;
        for (int s = 0; s < sentences.size(); s++) {
            int before = found.size();
            try {
                headlineBlock &= headline(s, headlineBlock);
                sentenceAttributions(s);
            } catch (RuntimeException e) {
                // one sentence the rules cannot handle loses its own statements, not the article's
                found.subList(before, found.size()).clear();
                LOG.log(System.Logger.Level.WARNING, "article " + article.id() + ": sentence " + s
                        + " skipped: " + e, e);
            }
        }
        joinInterruptedQuotes();
        continuationQuotes();
        dropEmbedded();
        reattachCoordinated();
        separateNested();
        return classify();
    }

    private void sentenceAttributions(int s) {
        SemanticGraph graph = sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null && !isCreditLine(s)) {
            for (AttributionRules.Binding b : parts.rules().apply(graph)) {
                if (!cueTaken(s, sentenceStart[s] + b.cue().index() - 1)) {
                    attribution(s, graph, b);
                }
            }
        }
    }

    // ------------------------------------------------------------------ headlines

    /** "(Reporting by A in X; Editing by B)", "Additional reporting by C": a wire story's credits, not speech. */
    private boolean isCreditLine(int s) {
        int t = sentenceStart[s];
        int end = sentenceStart[s + 1];
        while (t < end && tokens.get(t).originalText().matches("[(\\[]|-LRB-")) {
            t++;
        }
        if (t < end && tokens.get(t).originalText().equalsIgnoreCase("additional")) {
            t++;
        }
        return t + 1 < end && CREDIT_WORDS.contains(tokens.get(t).originalText().toLowerCase(Locale.ROOT))
                && tokens.get(t + 1).originalText().equalsIgnoreCase("by");
    }

    private boolean cueTaken(int s, int token) {
        return found.stream().anyMatch(f -> f.sentence() == s && f.cueStart() <= token && token < f.cueEnd());
    }

    /**
     * The attributions of a title line, if it is one: the line rules anywhere, the clause rules only in the
     * headline block that opens the article (a subheading further down is often no attribution: "X Calls for
     * Y's Ambassador"). Returns whether sentence {@code s} is a title line.
     */
    private boolean headline(int s, boolean inHeadlineBlock) {
        int first = sentenceStart[s];
        int last = sentenceStart[s + 1];
        if (last - first > 40 || last == first || !isTitleLine(first, last)) {
            return false;
        }
        Optional<HeadlineRules.Match> whole = parts.headlines().match(tokens.subList(first, last));
        if (whole.isPresent()) {
            addHeadline(s, first, whole.get(), parts.defaultCue(), null);
            return true;
        }
        if (!inHeadlineBlock) {
            return true;
        }
        Actor previous = null;
        for (int[] clause : headlineClauses(first, last)) {
            Optional<HeadlineRules.Match> m = parts.headlines().matchClause(tokens.subList(clause[0], clause[1]));
            if (m.isEmpty() && previous != null && isHeadlineVerb(clause[0])) {
                // "Israel protests ..., calls for ...": a clause opening on a cue keeps the speaker before it
                int cueEnd = clause[0] + (clause[1] - clause[0] > 2 && isParticle(clause[0] + 1) ? 2 : 1);
                m = Optional.of(new HeadlineRules.Match(cueEnd - clause[0], clause[1] - clause[0], 0,
                        cueEnd - clause[0], 0, 0));
            }
            if (m.isEmpty()) {
                previous = null;
                continue;
            }
            Optional<Cue> cue = headlineCue(clause[0] + m.get().cueStart(), clause[0] + m.get().cueEnd(),
                    clause[0] + m.get().contentStart(), clause[0] + m.get().contentEnd());
            previous = cue.isEmpty() ? null : addHeadline(s, clause[0], m.get(), cue.get(), previous);
        }
        return true;
    }

    /** Adds a headline statement; returns its speaker, or null when the words name none. */
    private Actor addHeadline(int s, int offset, HeadlineRules.Match m, Cue cue, Actor knownSpeaker) {
        int speakerStart = offset + m.speakerStart();
        int speakerEnd = offset + m.speakerEnd();
        Actor speaker = knownSpeaker;
        if (speakerEnd > speakerStart) {
            Optional<ArticleActors.Resolved> resolved = actors.speaker(speakerStart, speakerEnd, speakerEnd - 1);
            speaker = resolved.filter(r -> !r.media()).map(ArticleActors.Resolved::actor).orElse(null);
        }
        int[] content = trim(offset + m.contentStart(), offset + m.contentEnd());
        if (speaker == null || content[1] <= content[0]
                || cue.act() && !parts.cues().statesReason(lemmasOf(content[0], content[1]))) {
            return null;
        }
        if (speakerEnd == speakerStart) {
            Found before = found.get(found.size() - 1);
            speakerStart = before.mentionStart();
            speakerEnd = before.mentionEnd();
        }
        found.add(new Found(speaker, speakerStart, speakerEnd, offset + m.cueStart(), offset + m.cueEnd(), cue,
                tokens.get(content[0]).beginPosition(), tokens.get(content[1] - 1).endPosition(), false, null, s));
        return speaker;
    }

    /**
     * The clauses of a title line: split at ";" and dashes, before "as", "while" or "after" when a verb
     * follows ("X warns ... as Y disputes ..."), and before a comma followed by a cue verb.
     */
    private List<int[]> headlineClauses(int first, int last) {
        List<int[]> clauses = new ArrayList<>();
        int start = first;
        for (int i = first; i < last; i++) {
            String w = tokens.get(i).originalText().toLowerCase(Locale.ROOT);
            boolean separator = Set.of(";", "—", "–", "--", "|").contains(w)
                    || w.equals(",") && i + 1 < last && isHeadlineVerb(i + 1);
            boolean conjunction = Set.of("as", "while", "after").contains(w) && i > start && verbFollows(i + 1, last);
            if (separator || conjunction) {
                if (i > start) {
                    clauses.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        if (start < last) {
            clauses.add(new int[] {start, last});
        }
        return clauses;
    }

    private boolean verbFollows(int from, int last) {
        for (int i = from; i < last; i++) {
            String w = tokens.get(i).originalText();
            if (Set.of(";", "—", "–", "--", "|").contains(w)) {
                return false;
            }
            if (tokens.get(i).tag().matches("VBZ|VBP|VBD") || isHeadlineVerb(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean isHeadlineVerb(int i) {
        return HeadlineRules.lemmaOf(tokens.get(i).originalText(), parts.cues().verbHeads()).isPresent()
                && !tokens.get(i).tag().matches("DT|IN|CC|PRP.*");
    }

    private boolean isParticle(int i) {
        return Set.of("for", "on", "upon", "out").contains(tokens.get(i).originalText().toLowerCase(Locale.ROOT));
    }

    /**
     * The cue of a headline verb and its particle ("calls for"); a verb that is a cue only in phrases ("calls")
     * is a plain statement when its content holds a quoted verdict ("X calls charge ‘baseless’").
     */
    private Optional<Cue> headlineCue(int cueStart, int cueEnd, int contentStart, int contentEnd) {
        Optional<String> lemma = HeadlineRules.lemmaOf(tokens.get(cueStart).originalText(), parts.cues().verbHeads());
        if (lemma.isEmpty()) {
            return Optional.empty();
        }
        List<String> particles = cueEnd - cueStart > 1
                ? List.of(tokens.get(cueEnd - 1).originalText().toLowerCase(Locale.ROOT)) : List.of();
        Optional<Cue> cue = parts.cues().verb(lemma.get(), particles);
        if (cue.isEmpty() && text.substring(tokens.get(contentStart).beginPosition(),
                tokens.get(contentEnd - 1).endPosition()).matches("(?s).*[‘“\"].*")) {
            return Optional.of(parts.defaultCue());
        }
        return cue;
    }

    /** A line of its own without closing punctuation: a title or subtitle. */
    private boolean isTitleLine(int first, int last) {
        String lastWord = tokens.get(last - 1).originalText();
        if (lastWord.equals(".") || lastWord.equals("?") || lastWord.equals("!")) {
            return false;
        }
        int begin = tokens.get(first).beginPosition();
        int end = tokens.get(last - 1).endPosition();
        boolean lineStart = begin == 0 || text.charAt(begin - 1) == '\n';
        boolean lineEnd = end >= text.length() || text.indexOf('\n', end) == end
                || text.substring(end, Math.min(text.length(), end + 3)).isBlank();
        return lineStart && lineEnd;
    }

    // ------------------------------------------------------------------ dependency rules

    private void attribution(int s, SemanticGraph graph, AttributionRules.Binding b) {
        IndexedWord cueWord = b.cue();
        int base = sentenceStart[s];
        int cueToken = base + cueWord.index() - 1;
        // "X said ... and insisted ...", misparsed so that the second cue has no subject of its own
        boolean coordinated = b.speakers().isEmpty() && afterCoordinator(cueToken, base);
        if (insideQuote(tokens.get(cueToken).beginPosition()) != null || b.speakers().isEmpty() && !coordinated) {
            return;
        }
        int cueEnd = cueToken + 1;
        Cue cue;
        if (cueWord.word().equalsIgnoreCase("according")) {
            cue = parts.defaultCue();
            cueEnd = Math.min(cueToken + 2, sentenceStart[s + 1]);
        } else if (cueWord.tag().startsWith("NN")) {
            cue = parts.cues().noun(lemma(cueWord)).orElse(null);
        } else {
            Map<String, IndexedWord> dependents = phraseDependents(graph, cueWord);
            cue = parts.cues().verb(lemma(cueWord), dependents.keySet()).orElse(null);
            if (cue != null && cue.phrase().contains(" ") && !cue.act() && !cue.phrase().endsWith(CueLexicon.PREDICATE)) {
                IndexedWord partner = dependents.get(cue.phrase().substring(cue.phrase().indexOf(' ') + 1));
                if (partner != null && partner.index() > cueWord.index() && partner.index() - cueWord.index() <= 4) {
                    cueEnd = base + partner.index();
                }
            }
        }
        if (cue == null) {
            return;
        }
        int cueLast = cueEnd;
        SemanticGraph tree = sentences.get(s).get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        Optional<ArticleActors.Resolved> speaker = Optional.empty();
        int[] mention = null;
        IndexedWord speakerHead = null;
        boolean dependentParticiple = cueWord.tag().equals("VBG") && !b.speakers().isEmpty()
                && FALLBACK_RULES.contains(b.speakers().get(0).rule());
        Optional<Found> previousStatement = previousInSentence(s, cueToken);
        if (dependentParticiple && previousStatement.isPresent()) {
            // "X called on Y to ..., describing ...": the participle belongs to the sentence's speaker
            speaker = previousStatement.map(f -> new ArticleActors.Resolved(f.speaker(), false));
            mention = new int[] {previousStatement.get().mentionStart(), previousStatement.get().mentionEnd()};
        }
        for (AttributionRules.Speaker candidate : speaker.isPresent() ? List.<AttributionRules.Speaker>of() : b.speakers()) {
            Set<Integer> speakerTokens = phrase(tree, candidate.head(), base);
            speakerTokens.removeIf(t -> t >= cueToken && t < cueLast);
            int[] words = trim(min(speakerTokens), max(speakerTokens) + 1);
            if (words[1] > words[0]) {
                int from = Math.max(words[0], afterPossessor(tree, candidate.head(), base));
                speaker = actors.speaker(from < words[1] ? from : words[0], words[1], base + candidate.head().index() - 1);
                mention = words;
                speakerHead = candidate.head();
                if (speaker.isPresent()) {
                    break;
                }
            }
        }
        if (speaker.isEmpty() && !b.speakers().isEmpty() && !coordinated) {
            // "they said", "critics argue", "a new poll shows": a source no actor resolves stays unnamed
            IndexedWord head = b.speakers().get(0).head();
            Set<Integer> speakerTokens = phrase(tree, head, base);
            speakerTokens.removeIf(t -> t >= cueToken && t < cueLast);
            int[] words = trim(min(speakerTokens), max(speakerTokens) + 1);
            if (words[1] > words[0]) {
                String source = actors.text(words[0], words[1]);
                // "according to X" names a source whatever X is: a biography, exit polls, "people close to him"
                speaker = (cueWord.word().equalsIgnoreCase("according") ? Optional.of(parts.unnamed().any(source))
                        : parts.unnamed().speaker(source, tokens.get(base + head.index() - 1)))
                        .map(a -> new ArticleActors.Resolved(a, false));
                if (speaker.isPresent()) {
                    mention = words;
                    speakerHead = head;
                }
            }
        }
        if (speaker.isPresent() && speakerHead != null) {
            mention = relativePronoun(tree, cueWord, base).orElse(mention);
        }
        if (speaker.isEmpty() && (coordinated || b.speakers().stream().anyMatch(c -> FALLBACK_RULES.contains(c.rule())))) {
            // "X said ..., adding that ...", "X proposed ... and blasted ...": a dependent cue whose own
            // subject names no actor keeps the speaker of the sentence's previous statement
            if (previousStatement.isPresent()) {
                speaker = previousStatement.map(f -> new ArticleActors.Resolved(f.speaker(), false));
                mention = new int[] {previousStatement.get().mentionStart(), previousStatement.get().mentionEnd()};
            }
        }
        if (speaker.isEmpty() || speaker.get().media() || mention == null) {
            return;
        }
        int[] content = null;
        IndexedWord treeCue = tree.getNodeByIndexSafe(cueWord.index());
        IndexedWord treeContent = b.content() == null ? null : tree.getNodeByIndexSafe(b.content().index());
        boolean objectRule = b.contentRule() != null && OBJECT_RULES.contains(b.contentRule());
        if (treeContent != null && treeCue != null && (!cue.speech() || !objectRule || isClause(tree, treeContent))) {
            Set<Integer> contentTokens;
            if (objectRule) {
                // an attitude's object and what follows it: "criticised Norway for ignoring scientific advice"
                contentTokens = attitudeContent(tree, treeCue, base, cueLast);
            } else {
                contentTokens = subtree(tree, treeContent, base);
                if (contentTokens.contains(cueToken)) {
                    contentTokens.removeAll(subtree(tree, treeCue, base));
                }
            }
            if (speakerHead != null) {
                contentTokens.removeAll(subtree(tree, tree.getNodeByIndexSafe(speakerHead.index()), base));
            }
            contentTokens.removeIf(t -> t >= cueToken && t < cueLast);
            int attributionStart = Math.min(mention[0], cueToken);
            boolean surrounds = cue == parts.defaultCue() || "as-clause".equals(b.contentRule());
            // "The plan, she said, would fail": an attribution set off by commas inside its own content
            surrounds |= setOffByCommas(attributionStart, Math.max(mention[1], cueLast), s);
            if (!surrounds && !contentTokens.isEmpty() && min(contentTokens) < attributionStart
                    && max(contentTokens) >= cueLast) {
                if (attributionStart - min(contentTokens) <= 5) {
                    // a misparse hanging the sentence on its dateline ("CITY — X condemned Y"): no clause content
                    contentTokens.clear();
                } else {
                    // "... district level,” the minister said in a statement": the words before the attribution
                    contentTokens.removeIf(t -> t >= attributionStart);
                }
            }
            if (!contentTokens.isEmpty()) {
                content = trim(min(contentTokens), max(contentTokens) + 1);
                content = extendOverColon(content, s);
            }
            if (content != null && content[1] <= mention[0] && !onlyPunctuation(tokens.get(content[1] - 1).endPosition(),
                    tokens.get(Math.min(mention[0], cueToken)).beginPosition())) {
                content = null; // a clause before the speaker that is not the reported one ("In a remark viewed as ..., X compared")
            }
        }
        if (content == null && treeCue != null && !cue.speech()) {
            Set<Integer> rest = attitudeContent(tree, treeCue, base, cueLast);
            if (!rest.isEmpty()) {
                content = trim(min(rest), max(rest) + 1);
            }
        }
        if (content != null && cue.speech() && cue.type() == StatementType.STATEMENT && !cue.phrase().equals("tell")
                && content[0] >= cueEnd && OBJECT_OR_INFINITIVE.contains(String.valueOf(b.contentRule()))) {
            // "said Aguilar's refusal to accept the results was ...": a verb of saying takes a clause, not an
            // object or an infinitive, whatever the parse made of it
            int[] clause = reportedClause(cueEnd, s);
            content = clause != null ? clause : content;
        }
        int[] quoteSpan = quoteFor(content, Math.min(mention[0], cueToken), Math.max(mention[1], cueEnd), s);
        if (content == null && quoteSpan == null && cue.speech()) {
            content = reportedClause(cueEnd, s);
        }
        if (content == null && quoteSpan == null && cue.speech()) {
            content = clauseBeforeAttribution(Math.min(mention[0], cueToken), Math.max(mention[1], cueEnd), s);
        }
        boolean direct = quoteSpan != null;
        if (content == null && quoteSpan == null || content != null && content[1] <= content[0] && quoteSpan == null) {
            return;
        }
        if (cue.act() && (content == null || !parts.cues().statesReason(lemmasOf(content[0], content[1])))) {
            return;
        }
        Actor via = actors.mediaIn(sentenceStart[s], sentenceStart[s + 1]).orElse(null);
        int[] chars = direct ? quoteSpan
                : new int[] {tokens.get(content[0]).beginPosition(), tokens.get(content[1] - 1).endPosition()};
        found.add(new Found(speaker.get().actor(), mention[0], mention[1], cueToken, cueEnd, cue,
                chars[0], chars[1], direct, via, s));
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

    /** Whether tokens [start, end) stand between commas, a time word or two allowed before the second. */
    private boolean setOffByCommas(int start, int end, int s) {
        if (start <= sentenceStart[s] || !tokens.get(start - 1).originalText().equals(",")) {
            return false;
        }
        for (int t = end; t < Math.min(end + 3, sentenceStart[s + 1] - 1); t++) {
            if (tokens.get(t).originalText().equals(",")) {
                return true;
            }
            if (!tokens.get(t).tag().matches("NNP|NN|RB|CD")) {
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
    private int[] reportedClause(int from, int s) {
        int end = sentenceStart[s + 1];
        for (int i = from; i < Math.min(end, from + 8); i++) {
            String w = tokens.get(i).originalText().toLowerCase(Locale.ROOT);
            if (w.equals("that")) {
                int[] clause = trim(i + 1, end);
                return clause[1] > clause[0] ? clause : null;
            }
            if (tokens.get(i).tag().startsWith("VB") || tokens.get(i).tag().equals("MD") || isPunctuation(i)) {
                break;
            }
        }
        if (from >= end || !tokens.get(from).tag().matches("DT|NN.*|PRP.*|JJ.*|CD")) {
            return null;
        }
        for (int i = from + 1; i < Math.min(end, from + 10); i++) {
            if (tokens.get(i).tag().matches("VBD|VBZ|VBP|MD")) {
                int[] clause = trim(from, end);
                return clause[1] > clause[0] ? clause : null;
            }
            if (isPunctuation(i) && !isQuoteMark(i) || tokens.get(i).tag().equals("CC")) {
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
    private int[] clauseBeforeAttribution(int attributionStart, int attributionEnd, int s) {
        int start = sentenceStart[s];
        int end = sentenceStart[s + 1];
        if (attributionStart - start < 4 || !tokens.get(attributionStart - 1).originalText().equals(",")) {
            return null;
        }
        int after = attributionEnd;
        while (after < end && !isPunctuation(after) && after - attributionEnd < 4) {
            after++;
        }
        if (after < end && !tokens.get(after).originalText().matches("[.!?]") || after - attributionEnd >= 4) {
            return null;
        }
        boolean finiteVerb = false;
        for (int i = start; i < attributionStart - 1; i++) {
            finiteVerb |= tokens.get(i).tag().matches("VBD|VBZ|VBP|MD");
        }
        int[] clause = trim(start, attributionStart - 1);
        return finiteVerb && clause[1] - clause[0] >= 3 ? clause : null;
    }

    private boolean isPunctuation(int i) {
        return tokens.get(i).originalText().matches("\\p{Punct}+|[“”‘’—–]");
    }

    private boolean isQuoteMark(int i) {
        return tokens.get(i).originalText().matches("[“”‘’\"']|``|''");
    }

    private boolean afterCoordinator(int token, int sentenceBase) {
        return token > sentenceBase
                && COORDINATORS.contains(tokens.get(token - 1).originalText().toLowerCase(Locale.ROOT));
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

    /**
     * What an attitude cue takes after it: its subtree from the cue on, up to a clause set off by a comma that
     * is an act or a fact of its own (", calling it ...", ", as lawmakers raced ..."), wherever the parse hung
     * it; clauses with a preposition stay ("criticised X for ignoring ...").
     */
    private Set<Integer> attitudeContent(SemanticGraph tree, IndexedWord cue, int base, int cueLast) {
        Set<Integer> out = subtree(tree, cue, base);
        out.removeIf(t -> t < cueLast);
        int end = sentenceEnd(base);
        for (int t = cueLast; t + 1 < end; t++) {
            if (tokens.get(t).originalText().equals(",") && (tokens.get(t + 1).tag().equals("VBG")
                    || SEPARATE_CLAUSE_MARKS.contains(tokens.get(t + 1).originalText().toLowerCase(Locale.ROOT)))) {
                int cut = t;
                out.removeIf(x -> x >= cut);
                break;
            }
        }
        return out;
    }

    private int sentenceEnd(int sentenceBase) {
        for (int s = 0; s < sentences.size(); s++) {
            if (sentenceStart[s] == sentenceBase) {
                return sentenceStart[s + 1];
            }
        }
        return tokens.size();
    }

    /** Whether a dependency subtree is a clause (has a verb), as a misparsed object of "insisted" can be. */
    private static boolean isClause(SemanticGraph tree, IndexedWord head) {
        return tree.descendants(head).stream().anyMatch(w -> w.tag() != null && w.tag().startsWith("VB"));
    }

    /** "stressed that one thing matters: the rest" — content ending before a colon runs on to the sentence end. */
    private int[] extendOverColon(int[] content, int s) {
        int end = sentenceStart[s + 1];
        if (content[1] < end && tokens.get(content[1]).originalText().equals(":")) {
            int[] extended = trim(content[0], end);
            return extended[1] > content[1] ? extended : content;
        }
        return content;
    }

    /** Lemmas that may complete a phrasal cue: particles, prepositions of obliques, object heads. */
    private static Map<String, IndexedWord> phraseDependents(SemanticGraph graph, IndexedWord cue) {
        Map<String, IndexedWord> out = new LinkedHashMap<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(cue)) {
            String rel = e.getRelation().toString();
            IndexedWord dep = e.getDependent();
            if (rel.equals("compound:prt") || rel.equals("obj") || rel.equals("mark") || rel.equals("nsubj:pass")) {
                out.put(lemma(dep), dep);
            }
            // "called it unacceptable" (xcomp), "called him a liar" (iobj + obj), "called the plan a disaster" (obj + dep)
            if (rel.equals("xcomp") && isPredicate(dep) || rel.equals("iobj")) {
                out.put(CueLexicon.PREDICATE, dep);
            } else if (rel.equals("obj")) {
                for (SemanticGraphEdge c : graph.outgoingEdgeIterable(dep)) {
                    if (c.getRelation().toString().matches("dep|xcomp") && isPredicate(c.getDependent())) {
                        out.put(CueLexicon.PREDICATE, c.getDependent());
                    }
                }
            } else if (rel.startsWith("obl") || rel.startsWith("advcl") || rel.startsWith("nmod")) {
                for (SemanticGraphEdge c : graph.outgoingEdgeIterable(dep)) {
                    if (c.getRelation().toString().equals("case") || c.getRelation().toString().equals("mark")) {
                        out.put(lemma(c.getDependent()), c.getDependent());
                    }
                }
            }
        }
        return out;
    }

    private static boolean isPredicate(IndexedWord word) {
        return word.tag() != null && word.tag().matches("NN.*|JJ.*");
    }

    /**
     * The quote a cue reports, as char offsets: a quote holding most of the rule's content, or, when the
     * rules found no content, a quote right before the speaker and cue ("“...,” she said") or right after
     * them ("She said: “...”").
     */
    private int[] quoteFor(int[] content, int attributionStart, int attributionEnd, int s) {
        for (int q = 0; q < quotes.size(); q++) {
            Quotes.Quote quote = quotes.get(q);
            if (wordCount(quote) < Quotes.MIN_SPEECH_WORDS) {
                continue;
            }
            boolean holdsContent = content != null && content[1] > content[0] && insideShare(content, quote) >= 0.5
                    && quote.start() <= tokens.get(Math.min(content[0] + 2, content[1] - 1)).beginPosition();
            // a quote ending a paragraph is not what the next paragraph's "X said" reports
            boolean adjacent = content == null && (onlyPunctuation(quote.end(), tokens.get(attributionStart).beginPosition())
                    && text.substring(quote.end(), tokens.get(attributionStart).beginPosition()).indexOf('\n') < 0
                    || onlyPunctuation(tokens.get(attributionEnd - 1).endPosition(), quote.start()));
            // "Holding up a map, X said, “...”": a quote right after the attribution beats a clause before it
            boolean quoteAfter = content != null && content[1] <= attributionStart
                    && onlyPunctuation(tokens.get(attributionEnd - 1).endPosition(), quote.start());
            if (holdsContent || adjacent || quoteAfter) {
                usedQuotes.set(q);
                return new int[] {quote.start(), quote.end()};
            }
        }
        return null;
    }

    private double insideShare(int[] content, Quotes.Quote quote) {
        int inside = 0;
        for (int t = content[0]; t < content[1]; t++) {
            if (quote.contains(tokens.get(t).beginPosition())) {
                inside++;
            }
        }
        return (double) inside / (content[1] - content[0]);
    }

    private boolean onlyPunctuation(int from, int to) {
        if (from < 0 || to < from || to - from > 4) {
            return false;
        }
        return text.substring(from, to).chars().allMatch(c -> Character.isWhitespace(c) || c == ',' || c == ':'
                || c == '”' || c == '“' || c == '"' || c == '’' || c == '‘' || c == '\'' || c == '\u00A0');
    }

    private Quotes.Quote insideQuote(int offset) {
        return Quotes.speechAt(quotes, text, offset);
    }

    private int wordCount(Quotes.Quote q) {
        return q.wordCount(text);
    }

    /**
     * "“A,” she said. “B.”": a quote the attribution interrupts goes on in the next quote of the paragraph, and
     * the statement's content runs to its end, when no other cue claimed that quote.
     */
    private void joinInterruptedQuotes() {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            int q = quoteStartingAt(f.contentStart());
            // a quote too short to count as speech on its own ("“They sue,” he said. “...”") is the content all the same
            if (q < 0 || !f.direct() && quotes.get(q).end() != f.contentEnd()) {
                continue;
            }
            int attributionEnd = tokens.get(Math.max(f.mentionEnd(), f.cueEnd()) - 1).endPosition();
            int next = Quotes.continuation(text, quotes, q, attributionEnd);
            if (next >= 0 && !usedQuotes.get(next)) {
                usedQuotes.set(next);
                found.set(i, new Found(f.speaker(), f.mentionStart(), f.mentionEnd(), f.cueStart(), f.cueEnd(), f.cue(),
                        f.contentStart(), quotes.get(next).end(), true, f.via(), f.sentence()));
            }
        }
    }

    private int quoteStartingAt(int offset) {
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
    private void continuationQuotes() {
        for (int q = 0; q < quotes.size(); q++) {
            Quotes.Quote quote = quotes.get(q);
            if (usedQuotes.get(q) || wordCount(quote) < 4 || !opensParagraph(quote.start() - 1)) {
                continue;
            }
            Found previous = null;
            for (Found f : found) {
                if (f.direct() && f.contentEnd() <= quote.start()
                        && (previous == null || f.contentEnd() > previous.contentEnd())) {
                    previous = f;
                }
            }
            if (previous != null && paragraphsBetween(previous.contentEnd(), quote.start()) <= 1) {
                found.add(new Found(previous.speaker(), previous.mentionStart(), previous.mentionEnd(),
                        previous.cueStart(), previous.cueEnd(), previous.cue(), quote.start(), quote.end(),
                        true, previous.via(), previous.sentence()));
                usedQuotes.set(q);
            }
        }
    }

    private boolean opensParagraph(int markOffset) {
        int i = markOffset - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private int paragraphsBetween(int from, int to) {
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

    /**
     * A cue inside another statement's indirect content is part of what was reported, not a statement of its
     * own, when it is the verb of the reported clause's own subject ("said Moscow could not support a
     * mandate", "said that Norway condemned the vote") or a complement ("urged members to back ...",
     * "accused X of refusing ..."). Coordinated cues ("..., and accused X of ...", "and to stress ...") stay.
     */
    private void dropEmbedded() {
        List<Found> embedded = new ArrayList<>();
        for (Found g : found) {
            int cue = tokens.get(g.cueStart()).beginPosition();
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
    private void reattachCoordinated() {
        for (int i = 0; i < found.size(); i++) {
            Found g = found.get(i);
            String before = g.cueStart() > sentenceStart[g.sentence()]
                    ? tokens.get(g.cueStart() - 1).originalText().toLowerCase(Locale.ROOT) : "";
            boolean coordinated = before.equals("and") || before.equals("but")
                    || before.equals(",") && tokens.get(g.cueStart()).tag().equals("VBG");
            if (!coordinated) {
                continue; // "..., X's deputy, conveyed ...": a comma before a finite verb closes an apposition
            }
            int mention = tokens.get(g.mentionStart()).beginPosition();
            for (Found f : found) {
                boolean cueBetween = found.stream().anyMatch(h -> h != f && h != g && h.sentence() == g.sentence()
                        && h.cueStart() > f.cueStart() && h.cueStart() < g.mentionStart());
                if (f != g && !f.direct() && f.sentence() == g.sentence() && f.cueStart() < g.mentionStart()
                        && mention >= f.contentStart() && mention < f.contentEnd() && !cueBetween) {
                    found.set(i, new Found(f.speaker(), f.mentionStart(), f.mentionEnd(), g.cueStart(), g.cueEnd(),
                            g.cue(), g.contentStart(), g.contentEnd(), g.direct(), g.via(), g.sentence()));
                    break;
                }
            }
        }
    }

    /** "to back", "of refusing": a cue right after a complement mark that no coordination precedes. */
    private boolean isComplement(Found g) {
        int mark = g.cueStart() - 1;
        if (mark <= sentenceStart[g.sentence()]
                || !COMPLEMENT_MARKS.contains(tokens.get(mark).originalText().toLowerCase(Locale.ROOT))) {
            return false;
        }
        return !COORDINATORS.contains(tokens.get(mark - 1).originalText().toLowerCase(Locale.ROOT));
    }

    /** The verb of the subject that opens another statement's content: "said [Moscow could not support] ...". */
    private boolean opensReportedClause(Found g, Found f) {
        if (!tokens.get(g.cueStart()).tag().startsWith("VB") || g.mentionStart() != tokenAt(f.contentStart())
                || g.mentionEnd() > g.cueStart()) {
            return false;
        }
        for (int t = g.mentionEnd(); t < g.cueStart(); t++) {
            if (!tokens.get(t).tag().matches("MD|RB|VB.*")) {
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
    private void separateNested() {
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (f.direct()) {
                continue;
            }
            int start = f.contentStart();
            int end = f.contentEnd();
            for (Found g : found) {
                int cue = tokens.get(g.cueStart()).beginPosition();
                if (g == f || g.sentence() != f.sentence() || cue < start || cue >= end) {
                    continue;
                }
                boolean mentionLeads = g.mentionEnd() <= g.cueStart() && g.cueStart() - g.mentionEnd() <= 1;
                int gStart = mentionLeads ? tokens.get(g.mentionStart()).beginPosition() : cue;
                int gEnd = Math.max(g.contentEnd(), tokens.get(g.cueEnd() - 1).endPosition());
                if (gStart <= start && g.speaker().id().equals(f.speaker().id()) && Math.abs(g.cueStart() - f.cueStart()) <= 4) {
                    start = end; // "X's comments voiced doubt that ...": the same statement, found from two cues
                } else if (gStart <= start) {
                    start = Math.max(start, gEnd);
                } else if (!g.cue().noun()) {
                    end = Math.min(end, gStart);
                }
            }
            if (start != f.contentStart() || end != f.contentEnd()) {
                int[] t = trim(tokenAt(start), lastTokenBefore(end) + 1);
                if (t[1] > t[0] && start < end) {
                    found.set(i, new Found(f.speaker(), f.mentionStart(), f.mentionEnd(), f.cueStart(), f.cueEnd(),
                            f.cue(), tokens.get(t[0]).beginPosition(), tokens.get(t[1] - 1).endPosition(), false,
                            f.via(), f.sentence()));
                }
            }
        }
    }

    // ------------------------------------------------------------------ classification

    private List<StatementExplanation> classify() {
        LocalDate published = article.publishedAt() == null ? null
                : LocalDate.ofInstant(article.publishedAt(), ZoneOffset.UTC);
        List<ExtractedStatement> out = new ArrayList<>();
        List<StatementExplanation> why = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            TextSpan content = span(f.contentStart(), f.contentEnd());
            if (!seen.add(f.speaker().id() + "|" + content.start() + "|" + content.end()) || repeats(f, i)) {
                continue;
            }
            List<String> lemmas = lemmasIn(content.start(), content.end());
            Cue reported = negated(f.cueStart()) ? parts.cues().negated(f.cue()) : f.cue();
            if (f.cue().noun() && !lemmas.isEmpty()) {
                // "X's comments supporting Y": the verb after a noun cue carries the stance
                reported = parts.cues().verb(lemmas.get(0), List.of()).orElse(reported);
            }
            ContentCues.Signal signal = parts.contentCues().classify(reported, lemmas);
            StatementType type = signal.type();
            double stance = signal.stance();
            List<Target> targets = actors.targets(f.speaker(), new int[] {f.mentionStart(), f.mentionEnd()},
                    f.cueStart(), f.cueEnd(), tokenAt(content.start()),
                    lastTokenBefore(content.end()) + 1, type != StatementType.STATEMENT, f.sentence());
            TextSpan mention = tokenSpan(f.mentionStart(), f.mentionEnd());
            TextSpan cue = tokenSpan(f.cueStart(), f.cueEnd());
            String sentence = tokenSpan(sentenceStart[f.sentence()], sentenceStart[f.sentence() + 1]).text();
            ExtractedStatement statement = new ExtractedStatement(f.speaker(), mention, cue, content, f.direct(),
                    targets.stream().map(Target::actor).toList(), type, stance, f.via(),
                    StatedAt.resolve(sentence, published), List.of(), parts.contentCues().topics(lemmas));
            out.add(statement);
            Optional<ArticleActors.Resolved> resolved = actors.resolution(f.mentionStart(), f.mentionEnd());
            why.add(new StatementExplanation(statement,
                    resolved.map(ArticleActors.Resolved::speakerEvidence).orElse("the speaker of the statement before"),
                    resolved.map(ArticleActors.Resolved::sideEvidence).orElse(null),
                    targets.stream().map(t -> t.actor().side() + ": " + t.evidence()).toList()));
        }
        List<ExtractedStatement> assigned = Disputes.assign(Counterparts.assign(out));
        List<StatementExplanation> explained = new ArrayList<>(assigned.size());
        for (int i = 0; i < assigned.size(); i++) {
            ExtractedStatement s = assigned.get(i);
            StatementExplanation e = why.get(i);
            List<String> targetWhy = e.targets();
            if (s.targets().size() > out.get(i).targets().size()) {
                targetWhy = List.of(s.targets().get(0).side() + ": " + Counterparts.EVIDENCE);
            }
            explained.add(new StatementExplanation(s, e.speaker(), e.side(), targetWhy));
        }
        return explained;
    }

    /**
     * Whether an earlier statement already says the same: same speaker, a cue a few words away, and
     * content mostly shared ("X's comments voiced doubt that ..." found from the noun and the verb).
     */
    private boolean repeats(Found f, int index) {
        for (int j = 0; j < index; j++) {
            Found g = found.get(j);
            int overlap = Math.min(f.contentEnd(), g.contentEnd()) - Math.max(f.contentStart(), g.contentStart());
            int shorter = Math.min(f.contentEnd() - f.contentStart(), g.contentEnd() - g.contentStart());
            if (g.speaker().id().equals(f.speaker().id()) && Math.abs(g.cueStart() - f.cueStart()) <= 4
                    && overlap * 2 >= shorter) {
                return true;
            }
        }
        return false;
    }

    /** Whether a cue is negated: "not", "n't" or "never" just before it ("did not deny", "could not support"). */
    private boolean negated(int cueToken) {
        for (int t = cueToken - 1; t >= Math.max(0, cueToken - 2); t--) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (word.equals("not") || word.equals("n't") || word.equals("n’t") || word.equals("never")) {
                return true;
            }
        }
        return false;
    }

    private List<String> lemmasOf(int firstToken, int endToken) {
        List<String> lemmas = new ArrayList<>();
        for (CoreLabel t : tokens.subList(firstToken, endToken)) {
            lemmas.add(t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT));
        }
        return lemmas;
    }

    private List<String> lemmasIn(int start, int end) {
        List<String> lemmas = new ArrayList<>();
        for (CoreLabel t : tokens) {
            if (t.beginPosition() >= start && t.endPosition() <= end) {
                lemmas.add(t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        return lemmas;
    }

    /** The last token that ends at or before {@code offset}. */
    private int lastTokenBefore(int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).endPosition() <= offset) {
                return i;
            }
        }
        return 0;
    }

    /** The first token that ends after {@code offset}. */
    private int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).endPosition() > offset) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    // ------------------------------------------------------------------ spans and subtrees

    private TextSpan tokenSpan(int first, int end) {
        return span(tokens.get(first).beginPosition(), tokens.get(end - 1).endPosition());
    }

    private TextSpan span(int start, int end) {
        return new TextSpan(text.substring(start, end), start, end);
    }

    /** A speaker's phrase: its subtree without clauses hanging off it. */
    private static Set<Integer> phrase(SemanticGraph tree, IndexedWord head, int base) {
        Set<Integer> out = new TreeSet<>();
        IndexedWord node = tree.getNodeByIndexSafe(head.index());
        if (node == null) {
            out.add(base + head.index() - 1);
            return out;
        }
        collect(tree, node, base, out, true);
        return out;
    }

    private static Set<Integer> subtree(SemanticGraph tree, IndexedWord node, int base) {
        Set<Integer> out = new TreeSet<>();
        if (node != null && tree.containsVertex(node)) {
            collect(tree, node, base, out, false);
        }
        return out;
    }

    private static void collect(SemanticGraph tree, IndexedWord node, int base, Set<Integer> out, boolean phraseOnly) {
        out.add(base + node.index() - 1);
        for (SemanticGraphEdge e : tree.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (phraseOnly && (CLAUSE_RELATIONS.contains(rel) || rel.startsWith("obl") || rel.equals("nmod:tmod")
                    || comparison(tree, e.getDependent()))) {
                continue;
            }
            if (!out.contains(base + e.getDependent().index() - 1)) {
                collect(tree, e.getDependent(), base, out, phraseOnly);
            }
        }
    }

    /** "The EU, like Japan, ...", "Kenya, unlike its neighbours, ...": a phrase compared with the speaker's. */
    private static boolean comparison(SemanticGraph tree, IndexedWord node) {
        for (SemanticGraphEdge c : tree.outgoingEdgeIterable(node)) {
            if (c.getRelation().toString().equals("case")
                    && Set.of("like", "unlike", "including").contains(c.getDependent().word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** [start, end) without edge words (punctuation, "that", "and") on either side. */
    private int[] trim(int start, int end) {
        while (start < end && EDGE_WORDS.contains(tokens.get(start).originalText().toLowerCase(Locale.ROOT))) {
            start++;
        }
        while (end > start && EDGE_WORDS.contains(tokens.get(end - 1).originalText().toLowerCase(Locale.ROOT))
                && !closesQuoteOpenedIn(start, end - 1)) {
            end--;
        }
        return new int[] {start, end};
    }

    /** Whether token {@code close} is a closing quotation mark whose opening mark is in [start, close). */
    private boolean closesQuoteOpenedIn(int start, int close) {
        String mark = tokens.get(close).originalText();
        String opening = switch (mark) {
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

    private static int min(Set<Integer> s) {
        return s.stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    private static int max(Set<Integer> s) {
        return s.stream().mapToInt(Integer::intValue).max().orElse(-1);
    }

    private static String lemma(IndexedWord w) {
        String lemma = w.lemma();
        return (lemma == null ? w.word() : lemma).toLowerCase(Locale.ROOT);
    }
}
