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
 * Statements of quote frames ({@code rules/quote-frames.tokensregex}): a quote that closes with a comma, "?" or
 * "!" and is followed by its speaker and a reporting verb ("“...,” Smith said", "“...?” asked the senator").
 * The frame is read from the words and their tags alone, so it holds where the parse went wrong; it adds a
 * statement only for a quote and a cue that no parsed rule claimed.
 */
final class QuoteFrames {

    private final Extractor.Components parts;
    private final ArticleWords words;
    private final ArticleActors actors;
    private final ArticleQuotes quotes;
    private final List<Found> found;

    QuoteFrames(Extractor.Components parts, ArticleWords words, ArticleActors actors, ArticleQuotes quotes,
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
            if (frame.isPresent() && !taken(s, t + frame.get().cueStart())) {
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
        int[] quote = quotes.claimFramedBefore(words.get(first).beginPosition());
        if (quote == null) {
            return;
        }
        Actor via = actors.mediaIn(words.sentenceStart(s), words.sentenceEnd(s)).orElse(null);
        found.add(new Found(speaker, speakerStart, speakerEnd, cueToken, cueToken + 1, cue.get(),
                quote[0], quote[1], true, via, s));
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

    private boolean taken(int s, int token) {
        return found.stream().anyMatch(f -> f.sentence() == s && f.cueStart() <= token && token < f.cueEnd());
    }
}
