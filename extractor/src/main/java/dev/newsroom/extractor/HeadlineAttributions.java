package dev.newsroom.extractor;

import dev.newsroom.extractor.actors.ArticleActors;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.rules.Cue;
import dev.newsroom.extractor.rules.HeadlineRules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Statements of title lines ("Chile summons Peruvian envoy over remarks"), read by the TokensRegex rules of
 * {@code rules/headlines.tokensregex} rather than the parse, which handles headline grammar poorly.
 */
final class HeadlineAttributions {

    private static final Set<String> CLAUSE_SEPARATORS = Set.of(";", "—", "–", "--", "|");
    private static final Set<String> CLAUSE_CONJUNCTIONS = Set.of("as", "while", "after");
    private static final Set<String> PARTICLES = Set.of("for", "on", "upon", "out");

    private final Extractor.Components parts;
    private final ArticleWords words;
    private final ArticleActors actors;
    private final List<Found> found;

    HeadlineAttributions(Extractor.Components parts, ArticleWords words, ArticleActors actors, List<Found> found) {
        this.parts = parts;
        this.words = words;
        this.actors = actors;
        this.found = found;
    }

    /**
     * The attributions of a title line, if sentence {@code s} is one: the line rules anywhere, the clause rules
     * only in the headline block that opens the article (a subheading further down is often no attribution:
     * "X Calls for Y's Ambassador"). Returns whether sentence {@code s} is a title line.
     */
    boolean attribute(int s, boolean inHeadlineBlock) {
        int first = words.sentenceStart(s);
        int last = words.sentenceEnd(s);
        if (last - first > 40 || last == first || !isTitleLine(first, last)) {
            return false;
        }
        Optional<HeadlineRules.Match> whole = parts.headlines().match(words.range(first, last));
        if (whole.isPresent()) {
            add(s, first, whole.get(), parts.defaultCue(), null);
            return true;
        }
        if (!inHeadlineBlock) {
            return true;
        }
        Actor previous = null;
        for (int[] clause : clauses(first, last)) {
            Optional<HeadlineRules.Match> m = parts.headlines().matchClause(words.range(clause[0], clause[1]));
            if (m.isEmpty() && previous != null && isHeadlineVerb(clause[0])) {
                // "Israel protests ..., calls for ...": a clause opening on a cue keeps the speaker before it
                int cueEnd = clause[0] + (clause[1] - clause[0] > 2 && PARTICLES.contains(words.lower(clause[0] + 1)) ? 2 : 1);
                m = Optional.of(new HeadlineRules.Match(cueEnd - clause[0], clause[1] - clause[0], 0,
                        cueEnd - clause[0], 0, 0));
            }
            if (m.isEmpty()) {
                previous = null;
                continue;
            }
            Optional<Cue> cue = cue(clause[0] + m.get().cueStart(), clause[0] + m.get().cueEnd(),
                    clause[0] + m.get().contentStart(), clause[0] + m.get().contentEnd());
            previous = cue.isEmpty() ? null : add(s, clause[0], m.get(), cue.get(), previous);
        }
        return true;
    }

    /** Adds a headline statement; returns its speaker, or null when the words name none. */
    private Actor add(int s, int offset, HeadlineRules.Match m, Cue cue, Actor knownSpeaker) {
        int speakerStart = offset + m.speakerStart();
        int speakerEnd = offset + m.speakerEnd();
        Actor speaker = knownSpeaker;
        if (speakerEnd > speakerStart) {
            Optional<ArticleActors.Resolved> resolved = actors.speaker(speakerStart, speakerEnd, speakerEnd - 1);
            speaker = resolved.filter(r -> !r.media()).map(ArticleActors.Resolved::actor).orElse(null);
        }
        int[] content = words.trim(offset + m.contentStart(), offset + m.contentEnd());
        if (speaker == null || content[1] <= content[0]
                || cue.act() && !parts.cues().statesReason(words.lemmasOf(content[0], content[1]))) {
            return null;
        }
        if (speakerEnd == speakerStart) {
            Found before = found.get(found.size() - 1);
            speakerStart = before.mentionStart();
            speakerEnd = before.mentionEnd();
        }
        found.add(new Found(speaker, speakerStart, speakerEnd, offset + m.cueStart(), offset + m.cueEnd(), cue,
                words.get(content[0]).beginPosition(), words.get(content[1] - 1).endPosition(), false, null, s));
        return speaker;
    }

    /**
     * The clauses of a title line: split at ";" and dashes, before "as", "while" or "after" when a verb
     * follows ("X warns ... as Y disputes ..."), and before a comma followed by a cue verb.
     */
    private List<int[]> clauses(int first, int last) {
        List<int[]> clauses = new ArrayList<>();
        int start = first;
        for (int i = first; i < last; i++) {
            String w = words.lower(i);
            boolean separator = CLAUSE_SEPARATORS.contains(w) || w.equals(",") && i + 1 < last && isHeadlineVerb(i + 1);
            boolean conjunction = CLAUSE_CONJUNCTIONS.contains(w) && i > start && verbFollows(i + 1, last);
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
            if (CLAUSE_SEPARATORS.contains(words.get(i).originalText())) {
                return false;
            }
            if (words.tag(i).matches("VBZ|VBP|VBD") || isHeadlineVerb(i)) {
                return true;
            }
        }
        return false;
    }

    private boolean isHeadlineVerb(int i) {
        return HeadlineRules.lemmaOf(words.get(i).originalText(), parts.cues().verbHeads()).isPresent()
                && !words.tag(i).matches("DT|IN|CC|PRP.*");
    }

    /**
     * The cue of a headline verb and its particle ("calls for"); a verb that is a cue only in phrases ("calls")
     * is a plain statement when its content holds a quoted verdict ("X calls charge ‘baseless’").
     */
    private Optional<Cue> cue(int cueStart, int cueEnd, int contentStart, int contentEnd) {
        Optional<String> lemma = HeadlineRules.lemmaOf(words.get(cueStart).originalText(), parts.cues().verbHeads());
        if (lemma.isEmpty()) {
            return Optional.empty();
        }
        List<String> particles = cueEnd - cueStart > 1 ? List.of(words.lower(cueEnd - 1)) : List.of();
        Optional<Cue> cue = parts.cues().verb(lemma.get(), particles);
        if (cue.isEmpty()) {
            // "Ruritania vetoes UN resolution on ...": the object a phrase cue names opens the content
            Set<String> objects = Set.copyOf(words.lemmasOf(contentStart, Math.min(contentEnd, contentStart + 3)));
            cue = parts.cues().verb(lemma.get(), objects).filter(c -> c.frame() == Cue.Frame.OBJECT);
        }
        if (cue.isEmpty() && words.text().substring(words.get(contentStart).beginPosition(),
                words.get(contentEnd - 1).endPosition()).matches("(?s).*[‘“\"].*")) {
            return Optional.of(parts.defaultCue());
        }
        return cue;
    }

    /** A line of its own without closing punctuation: a title or subtitle. */
    private boolean isTitleLine(int first, int last) {
        String lastWord = words.get(last - 1).originalText();
        if (lastWord.equals(".") || lastWord.equals("?") || lastWord.equals("!")) {
            return false;
        }
        String text = words.text();
        int begin = words.get(first).beginPosition();
        int end = words.get(last - 1).endPosition();
        boolean lineStart = begin == 0 || text.charAt(begin - 1) == '\n';
        boolean lineEnd = end >= text.length() || text.indexOf('\n', end) == end
                || text.substring(end, Math.min(text.length(), end + 3)).isBlank();
        return lineStart && lineEnd;
    }
}
