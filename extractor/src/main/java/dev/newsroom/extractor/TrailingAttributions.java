package dev.newsroom.extractor;

import dev.newsroom.extractor.actors.ArticleActors;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.rules.Cue;
import dev.newsroom.extractor.rules.SurfaceFrames;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Attributions that follow their content, read from words and tags by the frames of
 * {@code rules/quote-frames.tokensregex}, so they hold where the parse went wrong: a quote closed by a comma,
 * "?" or "!" and followed by its speaker and a reporting verb ("“...,” Smith said", "“...?” asked the
 * senator"), and a clause followed by ", <speaker> <verb>" at the end of its sentence ("The talks are over,
 * Smith said on Monday."). Only a quote and a cue that no parsed rule claimed make a statement here.
 */
final class TrailingAttributions {

    /** Words of time, place or channel that may follow a trailing attribution: "said in a statement on Monday". */
    private static final int MAX_TAIL_WORDS = 8;
    /** An apposition after a trailing speaker: ", the chairwoman of the state party's finance committee". */
    private static final int MAX_APPOSITION_WORDS = 25;
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whose");

    private final Extractor.Components parts;
    private final ArticleWords words;
    private final ArticleActors actors;
    private final ArticleQuotes quotes;
    private final List<Found> found;

    TrailingAttributions(Extractor.Components parts, ArticleWords words, ArticleActors actors, ArticleQuotes quotes,
                List<Found> found) {
        this.parts = parts;
        this.words = words;
        this.actors = actors;
        this.quotes = quotes;
        this.found = found;
    }

    /** Adds the statements of the quote frames that start in sentence {@code s}. */
    void attribute(int s) {
        int end = words.sentenceEnd(s);
        for (int t = words.sentenceStart(s); t < end; t++) {
            if (t == 0 || !words.isQuoteMark(t - 1) && !words.lower(t - 1).equals(",")) {
                continue;
            }
            Optional<SurfaceFrames.Match> frame = parts.quoteFrames().matchStart(words.range(t, end));
            if (frame.isPresent() && !Found.cueTaken(found, s, t + frame.get().cueStart())) {
                attribution(s, t, frame.get());
            }
        }
    }

    private void attribution(int s, int first, SurfaceFrames.Match frame) {
        int cueToken = first + frame.cueStart();
        int speakerStart = first + frame.speakerStart();
        int speakerEnd = first + frame.speakerEnd();
        CoreLabel cueWord = words.get(cueToken);
        Optional<Cue> cue = parts.cues().verb(cueWord.lemma().toLowerCase(Locale.ROOT), Set.of());
        if (cue.isEmpty() || quotes.speechAt(cueWord.beginPosition()) != null) {
            return;
        }
        int head = head(speakerStart, speakerEnd);
        Optional<ArticleActors.Resolved> resolved = resolve(speakerStart, speakerEnd, head);
        if (resolved.map(ArticleActors.Resolved::media).orElse(false)) {
            return;
        }
        String phrase = actors.text(speakerStart, speakerEnd);
        // whoever the frame names spoke, even when the article gives no more of a name ("said Lee") or a
        // description names no source ("said the agency"); an unresolved pronoun stays a pronoun
        Actor speaker = resolved.map(ArticleActors.Resolved::actor)
                .or(() -> parts.unnamed().speaker(phrase, words.get(head)))
                .orElseGet(() -> parts.unnamed().any(phrase));
        int[] content = quotes.claimFramedBefore(words.get(first).beginPosition());
        boolean direct = content != null;
        if (content == null) {
            content = clauseBefore(s, first, Math.max(cueToken + 1, speakerEnd));
        }
        if (content == null) {
            return;
        }
        Actor via = actors.mediaIn(words.sentenceStart(s), words.sentenceEnd(s)).orElse(null);
        found.add(new Found(speaker, speakerStart, speakerEnd, cueToken, cueToken + 1, cue.get(),
                content[0], content[1], direct, via, s));
    }

    /**
     * "The talks are over, Smith said on Monday.", "The talks are over, said Ann Lee, the party's chairwoman.":
     * the clause before the comma at {@code first}, as char offsets, when the attribution ends its sentence
     * (a few words of time, place or channel, or the speaker's apposition or relative clause, may follow it)
     * and the clause has a finite verb of its own. Null otherwise.
     */
    private int[] clauseBefore(int s, int first, int afterAttribution) {
        int end = words.sentenceEnd(s);
        if (!words.lower(first - 1).equals(",") || !endsSentence(afterAttribution, end)) {
            return null;
        }
        int[] clause = words.trim(words.sentenceStart(s), first - 1);
        boolean finite = false;
        for (int t = clause[0]; t < clause[1]; t++) {
            finite |= words.tag(t).matches("VBD|VBZ|VBP|MD");
        }
        int from = clause[0];
        int to = clause[1];
        // "Israel voiced concern over X, the ministry told a paper": the clause's own cue is the statement
        boolean holdsCue = found.stream().anyMatch(f -> f.sentence() == s && f.cueStart() >= from && f.cueStart() < to);
        if (!finite || to <= from || holdsCue) {
            return null;
        }
        return new int[] {words.get(clause[0]).beginPosition(), words.get(clause[1] - 1).endPosition()};
    }

    /**
     * Whether the words after an attribution close its sentence: a few words of time, place or channel ("on
     * Monday", "in a statement"), or the speaker's apposition (", the party's chairwoman") or relative clause
     * (", who leads the group"), but no clause of their own.
     */
    private boolean endsSentence(int from, int end) {
        if (from + 1 < end && words.lower(from).equals(",")) {
            if (RELATIVE_PRONOUNS.contains(words.lower(from + 1))) {
                return true;
            }
            return withoutVerb(from + 1, end) && end - from <= MAX_APPOSITION_WORDS;
        }
        return end - from <= MAX_TAIL_WORDS && withoutVerb(from, end);
    }

    private boolean withoutVerb(int from, int end) {
        for (int t = from; t < end; t++) {
            if (words.tag(t).startsWith("VB") || words.tag(t).equals("MD") || words.lower(t).equals("that")) {
                return false;
            }
        }
        return true;
    }

    /** "Smith's spokeswoman": a staff noun after a possessor is resolved as that person's staff. */
    private Optional<ArticleActors.Resolved> resolve(int start, int end, int head) {
        for (int t = start; t < head; t++) {
            if (words.tag(t).equals("POS") && parts.unnamed().staff(words.get(head).lemma().toLowerCase(Locale.ROOT))) {
                return actors.staffSpeaker(start, t + 1, end, head);
            }
        }
        return actors.speaker(start, end, head);
    }

    /** The speaker phrase's head: its last noun or pronoun before any parenthesis, else its last word. */
    private int head(int start, int end) {
        int head = -1;
        int last = start;
        for (int t = start; t < end; t++) {
            String tag = words.tag(t);
            if (words.lower(t).matches("-lrb-|\\(")) {
                break;
            }
            if (tag.startsWith("NN") || tag.startsWith("PRP")) {
                head = t;
            }
            last = t;
        }
        return head >= 0 ? head : last;
    }
}
