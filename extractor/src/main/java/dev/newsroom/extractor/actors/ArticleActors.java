package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.EntryKind;
import dev.newsroom.extractor.kb.KnowledgeBase;
import dev.newsroom.extractor.kb.MediaOutlet;
import dev.newsroom.extractor.model.Actor;
import edu.stanford.nlp.util.CoreMap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The actors of one article, resolved in four steps, each its own class:
 * <ol>
 *   <li>{@link KbMentions} finds the states, organisations, institutions, roles and media it names;</li>
 *   <li>{@link ArticlePersons} links person names to one person each, with their titles;</li>
 *   <li>{@link SpeakerResolver} resolves a speaker phrase ("the diplomat", "he", "Israel's Foreign
 *       Ministry") to an actor;</li>
 *   <li>{@link Sides} assigns sides from evidence about the speaker only.</li>
 * </ol>
 * Every resolution carries the evidence it used. Token positions are indexes into the article's token list.
 */
public final class ArticleActors {

    /** A resolved speaker phrase: the actor, whether it is a medium (a channel, not a speaker), and why. */
    public record Resolved(Actor actor, boolean media, String speakerEvidence, String sideEvidence) {

        /** An actor known from elsewhere (the speaker of the statement before). */
        public Resolved(Actor actor, boolean media) {
            this(actor, media, "the speaker of the statement before", null);
        }
    }

    private static final Set<String> MEDIA_WORDS = Set.of("newspaper", "daily", "agency", "broadcaster", "channel",
            "tv", "television", "radio", "outlet", "website", "magazine", "paper", "network", "station");
    /** Nouns for the agents and acts of a state, after a demonym. */
    static final Set<String> STATE_AGENT_NOUNS = Set.of("government", "authority", "official", "side",
            "leadership", "leader", "ministry", "army", "troop", "force", "military", "navy", "ship", "vessel",
            "aircraft", "jet", "guard", "police", "soldier", "claim", "allegation", "position", "stance", "policy",
            "demand", "proposal", "plan", "strike", "attack", "shelling", "fire", "missile", "drone", "regime",
            "diplomat", "ambassador", "envoy", "embassy", "delegation", "minister", "president", "prime", "action",
            "move", "decision", "offensive", "operation", "aggression", "sanction", "tariff", "measure", "warship",
            "administration", "conduct", "campaign", "intervention", "occupation", "blockade", "siege", "offer",
            "initiative", "support", "aid", "assistance", "statement", "remark", "comment", "effort", "role",
            "approach", "response", "request", "bid", "pledge", "commitment", "mediation", "counterpart");

    private final ArticleTokens tokens;
    private final KbMentions kbMentions;
    private final ArticlePersons persons;
    private final SpeakerResolver resolver;
    private final Targets targets;
    private final SpeakerHistory history = new SpeakerHistory();
    private final Map<List<Integer>, Resolved> resolutions = new HashMap<>();

    public ArticleActors(KnowledgeBase kb, PersonKnowledge knowledge, OptionalInt year, List<CoreMap> sentences,
                         List<int[]> quotedChars) {
        this.tokens = new ArticleTokens(sentences, quotedChars);
        this.kbMentions = new KbMentions(kb, tokens);
        Sides sides = new Sides(kb, tokens, kbMentions, history);
        Titles titles = new Titles(kb, tokens, kbMentions);
        this.persons = new ArticlePersons(tokens, kbMentions, sides, titles, knowledge, year);
        this.resolver = new SpeakerResolver(kb, tokens, kbMentions, persons, sides, titles, history);
        this.targets = new Targets(tokens, kbMentions, persons);
    }

    /**
     * The actor a speaker phrase [start, end) with head token {@code head} refers to, or empty when it names
     * no actor ("the report", an unresolved "they").
     */
    public Optional<Resolved> speaker(int start, int end, int head) {
        Optional<Resolved> r = resolver.resolve(start, end, head);
        r.filter(x -> !x.media()).ifPresent(x -> history.add(start, x.actor()));
        r.ifPresent(x -> resolutions.put(List.of(start, end), x));
        return r;
    }

    /**
     * The actor a possessed staff phrase refers to: "Mr Store's spokesman" with the possessor at
     * [possessorStart, start) and the staff words at [start, end).
     */
    public Optional<Resolved> staffSpeaker(int possessorStart, int start, int end, int head) {
        Optional<Resolved> r = resolver.staff(possessorStart, start, end, head);
        r.filter(x -> !x.media()).ifPresent(x -> history.add(possessorStart, x.actor()));
        r.ifPresent(x -> resolutions.put(List.of(possessorStart, end), x));
        return r;
    }

    /**
     * The targets of a statement by {@code speaker} named at tokens {@code mention} [start, end), whose cue is
     * tokens [cueStart, cueEnd) and whose content is tokens [first, last) of sentence {@code sentence};
     * {@code typed}: of a type other than a plain statement.
     */
    public List<Target> targets(Actor speaker, int[] mention, int cueStart, int cueEnd, int first, int last,
                                boolean typed, int sentence) {
        return targets.of(speaker, mention, cueStart, cueEnd, first, last, typed, sentence);
    }

    /** How the speaker named at tokens [start, end) was resolved, if it was. */
    public Optional<Resolved> resolution(int start, int end) {
        return Optional.ofNullable(resolutions.get(List.of(start, end)));
    }

    /** A medium named in [start, end), if any (the channel of a statement: "told the X newspaper"). */
    public Optional<Actor> mediaIn(int start, int end) {
        Optional<KbMention> media = kbMentions.first(start, end, EntryKind.MEDIA);
        if (media.isPresent()) {
            return Optional.of(KnownActors.media((MediaOutlet) media.get().entry()));
        }
        for (int i = start; i < end; i++) {
            if (MEDIA_WORDS.contains(tokens.lemma(i)) && tokens.hasProperNoun(start, i) && !kbMentions.namesBodyIn(i, i + 1)) {
                int s = i;
                while (s > start && (tokens.tag(s - 1).startsWith("NNP") || tokens.tag(s - 1).equals("HYPH")
                        || tokens.tag(s - 1).equals("CD") || tokens.tag(s - 1).equals("JJ"))) {
                    s--;
                }
                return Optional.of(KnownActors.media(tokens.text(s, i + 1)));
            }
        }
        return Optional.empty();
    }

    /** The original text of tokens [start, end). */
    public String text(int start, int end) {
        return tokens.text(start, end);
    }
}
