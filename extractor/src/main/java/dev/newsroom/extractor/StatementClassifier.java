package dev.newsroom.extractor;

import dev.newsroom.extractor.actors.ArticleActors;
import dev.newsroom.extractor.actors.Counterparts;
import dev.newsroom.extractor.actors.Target;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.StatementType;
import dev.newsroom.extractor.model.TextSpan;
import dev.newsroom.extractor.rules.ContentCues;
import dev.newsroom.extractor.rules.Cue;
import dev.newsroom.extractor.rules.StatedAt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the attributions found in one article into statements: repeats dropped, type and stance from the cue and
 * the content's words, targets, the date stated, topics, then counterparts and disputes; each with its evidence.
 */
final class StatementClassifier {

    private static final Set<String> NEGATIONS = Set.of("not", "n't", "n’t", "never");
    /** Role categories of persons who speak for a state or body (roles.tsv). */
    private static final Set<String> SPEAKING_FOR_SIDE = Set.of("head-of-state", "head-of-government", "minister",
            "diplomat", "spokesperson", "official", "military");

    private final Extractor.Components parts;
    private final ArticleWords words;
    private final ArticleActors actors;
    private final LocalDate published;

    StatementClassifier(Extractor.Components parts, ArticleWords words, ArticleActors actors, LocalDate published) {
        this.parts = parts;
        this.words = words;
        this.actors = actors;
        this.published = published;
    }

    List<StatementExplanation> classify(List<Found> found) {
        List<ExtractedStatement> out = new ArrayList<>();
        List<Boolean> bothSides = new ArrayList<>();
        List<Boolean> speaksForSide = new ArrayList<>();
        List<StatementExplanation> why = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            TextSpan content = words.span(f.contentStart(), f.contentEnd());
            if (!seen.add(f.speaker().id() + "|" + content.start() + "|" + content.end()) || repeats(found, i)) {
                continue;
            }
            List<String> lemmas = words.lemmasIn(content.start(), content.end());
            Cue reported = negated(f.cueStart()) ? parts.cues().negated(f.cue()) : f.cue();
            if (f.cue().noun() && !lemmas.isEmpty()) {
                // "X's comments supporting Y": the verb after a noun cue carries the stance
                reported = parts.cues().verb(lemmas.get(0), List.of()).orElse(reported);
            }
            ContentCues.Signal signal = parts.contentCues().classify(reported, lemmas);
            StatementType type = signal.type();
            List<Target> targets = actors.targets(f.speaker(), new int[] {f.mentionStart(), f.mentionEnd()},
                    f.cueStart(), f.cueEnd(), words.tokenAt(content.start()),
                    words.lastTokenBefore(content.end()) + 1, type != StatementType.STATEMENT, f.sentence());
            String sentence = words.tokenSpan(words.sentenceStart(f.sentence()), words.sentenceEnd(f.sentence())).text();
            ExtractedStatement statement = new ExtractedStatement(f.speaker(), words.tokenSpan(f.mentionStart(), f.mentionEnd()),
                    words.tokenSpan(f.cueStart(), f.cueEnd()), content, f.direct(),
                    targets.stream().map(Target::actor).toList(), type, signal.stance(), f.via(),
                    StatedAt.resolve(sentence, published), List.of(), parts.contentCues().topics(lemmas));
            out.add(statement);
            TextSpan cue = words.tokenSpan(f.cueStart(), f.cueEnd());
            String addressee = cue.end() <= content.start() ? words.span(cue.end(), content.start()).text() : "";
            bothSides.add(Counterparts.namesBothSides(addressee + " " + content.text()));
            speaksForSide.add(speaksForSide(f.speaker()));
            Optional<ArticleActors.Resolved> resolved = actors.resolution(f.mentionStart(), f.mentionEnd());
            why.add(new StatementExplanation(statement,
                    resolved.map(ArticleActors.Resolved::speakerEvidence).orElse("the speaker of the statement before"),
                    resolved.map(ArticleActors.Resolved::sideEvidence).orElse(null),
                    targets.stream().map(t -> t.actor().side() + ": " + t.evidence()).toList()));
        }
        List<ExtractedStatement> assigned = Disputes.assign(Counterparts.assign(out, bothSides, speaksForSide));
        List<StatementExplanation> explained = new ArrayList<>(assigned.size());
        for (int i = 0; i < assigned.size(); i++) {
            ExtractedStatement s = assigned.get(i);
            StatementExplanation e = why.get(i);
            List<String> targetWhy = new ArrayList<>(e.targets());
            String added = bothSides.get(i) ? Counterparts.BOTH_SIDES_EVIDENCE : Counterparts.EVIDENCE;
            for (int t = out.get(i).targets().size(); t < s.targets().size(); t++) {
                targetWhy.add(s.targets().get(t).side() + ": " + added);
            }
            explained.add(new StatementExplanation(s, e.speaker(), e.side(), targetWhy));
        }
        return explained;
    }

    /**
     * Whether a speaker speaks for their side: a government, institution or organisation, or a person in a state
     * or body's office (head of state or government, minister, diplomat, spokesperson, official, military), not a
     * candidate, legislator, judge, journalist or expert, whose words name a side of their own when they confront one.
     */
    private boolean speaksForSide(Actor speaker) {
        return switch (speaker.kind()) {
            case GOVERNMENT, ORGANIZATION -> true;
            case PERSON, UNNAMED -> speaker.role() != null && parts.kb().role(speaker.role())
                    .filter(r -> SPEAKING_FOR_SIDE.contains(r.category())).isPresent();
            case MEDIA -> false;
        };
    }

    /**
     * Whether an earlier statement already says the same: same speaker, a cue a few words away, and
     * content mostly shared ("X's comments voiced doubt that ..." found from the noun and the verb).
     */
    private static boolean repeats(List<Found> found, int index) {
        Found f = found.get(index);
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
            if (NEGATIONS.contains(words.get(t).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
