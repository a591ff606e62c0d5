package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.Country;
import dev.newsroom.extractor.kb.EntryKind;
import dev.newsroom.extractor.kb.Institution;
import dev.newsroom.extractor.kb.KnowledgeBase;
import dev.newsroom.extractor.kb.Organization;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Step 4 of actor resolution, sides from evidence about the speaker: the state, demonym or organisation a
 * speaker's own phrase or title names ("Chile's ambassador to Peru" → CHL), a named institution's state,
 * and, for an official whose title names no state, the government that spoke just before or the state a
 * domestic article is about. Every side carries the words it was read from.
 */
final class Sides {

    private static final PartyLabels PARTIES = PartyLabels.load();
    /** Fewer mentions of a state than this say nothing about whose domestic news an article is. */
    private static final int DOMINANT_MIN_MENTIONS = 3;
    /** Nouns for a government that a seat of government may follow: "the government in Ottawa". */
    private static final java.util.Set<String> GOVERNMENT_NOUNS = java.util.Set.of("government", "authority",
            "administration", "leadership", "regime", "official");

    private final KnowledgeBase kb;
    private final ArticleTokens tokens;
    private final KbMentions mentions;
    private final SpeakerHistory history;

    Sides(KnowledgeBase kb, ArticleTokens tokens, KbMentions mentions, SpeakerHistory history) {
        this.kb = kb;
        this.tokens = tokens;
        this.mentions = mentions;
        this.history = history;
    }

    /**
     * The side a phrase states for its head: the first state, demonym, place or organisation in it that is
     * not inside a place or destination phrase ("Chile's ambassador to Peru" → CHL), or the state an
     * "its" refers to.
     */
    Optional<Side> in(int start, int end) {
        for (int i = start; i < end; i++) {
            if (tokens.insidePlacePhrase(start, i)) {
                Optional<Side> seat = governmentSeat(start, end, i);
                if (seat.isPresent()) {
                    return seat;
                }
                continue;
            }
            KbMention g = mentions.at(i);
            if (g != null && g.start() == i) {
                if (g.entry() instanceof Country c && g.namesState() && !originBefore(g)) {
                    return Optional.of(new Side(c.iso3(), "'" + tokens.text(g.start(), g.end()) + "' in '" + tokens.text(start, end) + "'"));
                }
                if (g.entry() instanceof Organization o && KnownActors.hasSide(o)) {
                    return Optional.of(new Side(o.side(), "'" + tokens.text(g.start(), g.end()) + "' in '" + tokens.text(start, end) + "'"));
                }
            }
            String w = tokens.lower(i);
            if (w.equals("its") || w.equals("their")) {
                Optional<Side> side = mentions.nearestStateOrOrganization(i)
                        .map(a -> new Side(a.side(), "'" + w + "' refers to " + a.name()));
                if (side.isPresent()) {
                    return side;
                }
            }
            if (KbMentions.ORG_NOUNS.contains(w) && i > start && tokens.word(i - 1).equalsIgnoreCase("the") && i + 1 < end
                    && tokens.tag(i + 1).equals("POS")) {
                // "the group's spokesman": the side of the organisation the description stands for
                Optional<Side> side = mentions.definiteOrganization(w, i)
                        .map(a -> new Side(a.side(), "'the " + w + "' stands for " + a.name()));
                if (side.isPresent()) {
                    return side;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "the government in Ottawa", "the authorities in Beijing": a capital or seat of government after a
     * government's noun names the state it governs, not a place where something happens.
     */
    private Optional<Side> governmentSeat(int start, int end, int i) {
        KbMention g = mentions.at(i);
        if (g == null || g.start() != i || i < start + 2 || !tokens.lower(i - 1).equals("in")
                || !GOVERNMENT_NOUNS.contains(tokens.lemma(i - 2)) || !(g.entry() instanceof Country c)) {
            return Optional.empty();
        }
        String written = tokens.text(g.start(), g.end());
        boolean seat = c.capitals().stream().anyMatch(written::equalsIgnoreCase) || c.seats().stream().anyMatch(written::equalsIgnoreCase);
        return seat ? Optional.of(new Side(c.iso3(), "the seat of government '" + written + "' in '" + tokens.text(start, end) + "'"))
                : Optional.empty();
    }

    /**
     * The state a party or legislature label in a person's title names ("a Conservative MP", "Sen. X
     * (R-Texas)"): its only state, or the one of its states the article names.
     */
    Optional<Side> partyIn(int start, int end) {
        for (int i = start; i < end; i++) {
            if (mentions.at(i) != null || tokens.isQuoted(i) || inTitleCase(i)) {
                continue; // in "Leaders of Conservative Movement Back Senator" every word is capitalised
            }
            String word = tokens.word(i);
            List<String> states = PARTIES.statesOf(word);
            if (i + 2 < end && states.isEmpty() && tokens.word(i + 1).equals("-") && word.length() == 1) {
                states = PARTIES.statesOf(word + "-" + tokens.word(i + 2)); // "R - Texas" as three tokens
            }
            List<String> named = states.size() == 1 ? states : states.stream().filter(mentions::namesSide).toList();
            if (named.size() == 1) {
                return Optional.of(new Side(named.get(0), "the party or legislature label '" + word + "' in '"
                        + tokens.text(start, end) + "'" + (states.size() > 1 ? " (of the states it may label, the one the article names)" : "")));
            }
        }
        return Optional.empty();
    }

    /** Whether token {@code i} stands in a sentence written in title case (most of its words capitalised). */
    private boolean inTitleCase(int i) {
        int sentence = tokens.sentenceOf(i);
        int words = 0;
        int capitalised = 0;
        for (int t = tokens.sentenceStart(sentence); t < tokens.sentenceStart(sentence + 1); t++) {
            String w = tokens.word(t);
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised * 10 >= words * 7;
    }

    /** "Cuban-American": a state of origin before a hyphen; the state after it is the person's. */
    private boolean originBefore(KbMention g) {
        if (g.end() + 1 >= tokens.size() || !tokens.word(g.end()).equals("-")) {
            return false;
        }
        KbMention next = mentions.at(g.end() + 1);
        return next != null && next.start() == g.end() + 1 && next.namesState();
    }

    Optional<String> codeIn(int start, int end) {
        return in(start, end).map(Side::code);
    }

    /**
     * The state of a named institution in a title ("State Department spokeswoman"), when the article names
     * that state elsewhere: several states have a "Foreign Office" or a "National Security Council".
     */
    Optional<Side> namedInstitution(int start, int end) {
        for (KbMention g : mentions.all()) {
            if (g.start() >= start && g.end() <= end && g.kind() == EntryKind.INSTITUTION
                    && ((Institution) g.entry()).country() != null) {
                String code = ((Institution) g.entry()).country();
                boolean named = mentions.all().stream().anyMatch(x -> x.namesState()
                        && ((Country) x.entry()).iso3().equals(code));
                return named ? Optional.of(new Side(code, "the institution '" + tokens.text(g.start(), g.end())
                        + "' of a state the article names")) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The state an official whose title names none serves ("Information minister X", "Foreign Office
     * spokeswoman Y"): the state of the government that spoke last, within a few sentences, or else the
     * state most of a domestic article names. A legislator is no member of a government: only the latter.
     */
    Optional<Side> governmentContext(int at, String roleCategory) {
        for (SpeakerHistory.Named e : "legislator".equals(roleCategory) ? List.<SpeakerHistory.Named>of() : history.latestFirst()) {
            if (e.token() < at && tokens.sentenceOf(at) - tokens.sentenceOf(e.token()) <= 3) {
                Actor a = e.actor();
                if (a.kind() == ActorKind.GOVERNMENT && a.side() != null && kb.countryByCode(a.side()).isPresent()) {
                    return Optional.of(new Side(a.side(), "the government that spoke just before: " + a.name()));
                }
            }
        }
        return dominantState().map(c -> new Side(c, "the state three in five of the article's state mentions name"));
    }

    /**
     * The state that three in five of the article's state mentions name, and at least {@link #DOMINANT_MIN_MENTIONS}
     * of them: the side of a person the text ties to no state but gives a title, as in domestic news ("Senator X
     * said ..."). None in news between states, nor where a state is named once or twice in passing.
     */
    Optional<String> dominantState() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (KbMention g : mentions.all()) {
            if (g.namesState()) {
                counts.merge(((Country) g.entry()).iso3(), 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(top -> top.getValue() >= DOMINANT_MIN_MENTIONS && top.getValue() * 5 >= total * 3)
                .map(Map.Entry::getKey);
    }

    /** The first state the article names. */
    Optional<Side> firstState() {
        return mentions.all().stream().filter(KbMention::namesState).findFirst()
                .map(g -> new Side(((Country) g.entry()).iso3(), "the first state the article names"));
    }
}
