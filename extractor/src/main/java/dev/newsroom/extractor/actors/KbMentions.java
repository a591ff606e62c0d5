package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.AmbiguousForm;
import dev.newsroom.extractor.kb.Country;
import dev.newsroom.extractor.kb.EntryKind;
import dev.newsroom.extractor.kb.GazetteerMatch;
import dev.newsroom.extractor.kb.KnowledgeBase;
import dev.newsroom.extractor.kb.Organization;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Step 1 of actor resolution, finding mentions: every state, demonym, place, organisation, institution,
 * role and medium of the knowledge base an article names, the acronyms it defines for organisations the
 * knowledge base does not know, and short names of organisations named before ("the Commission").
 */
final class KbMentions {

    /** Nouns a definite description of an organisation ends with: "the union", "the agency". */
    static final Set<String> ORG_NOUNS = Set.of("agency", "organisation", "organization", "body", "bloc",
            "group", "movement", "alliance", "union", "coalition", "front", "company", "firm", "association",
            "federation", "council", "commission", "committee", "court", "board", "panel", "network", "watchdog");
    /** Of those, the ones that can stand for any organisation ("the agency" for the WHO). */
    private static final Set<String> GENERIC_ORG_NOUNS = Set.of("agency", "organisation", "organization", "body",
            "bloc", "group", "watchdog");
    private static final Set<String> ARMED_GROUP_WORDS = Set.of("movement", "front", "army", "liberation", "militia",
            "brigade", "brigades", "resistance", "rebels", "insurgents");

    private final ArticleTokens tokens;
    private final List<KbMention> mentions = new ArrayList<>();
    private final KbMention[] at;
    /** Acronyms the article defines for organisations the knowledge base does not know, with their full names. */
    private final Map<String, String> acronyms = new LinkedHashMap<>();

    KbMentions(KnowledgeBase kb, ArticleTokens tokens) {
        this.tokens = tokens;
        this.at = new KbMention[tokens.size()];
        for (int s = 0; s < tokens.sentenceCount(); s++) {
            int base = tokens.sentenceStart(s);
            List<String> words = new ArrayList<>();
            for (int i = base; i < tokens.sentenceStart(s + 1); i++) {
                words.add(tokens.word(i));
            }
            int datelineEnd = datelineEnd(s);
            List<GazetteerMatch> matches = kb.scan(words);
            for (GazetteerMatch m : matches) {
                if (m.kind() == EntryKind.PLACE && namesOrganization(matches, m)) {
                    continue; // "Brussels said": a seat shared with an international body stands for the body
                }
                KbMention g = new KbMention(base + m.startToken(), base + m.endToken(), m.kind(), m.entry());
                if (g.namesState() && (g.start() < datelineEnd || insideName(g) || namesNoState(g))) {
                    continue;
                }
                add(g);
            }
        }
        findAmbiguousForms(kb);
        findAcronyms();
        findShortNames();
    }

    /**
     * "Congolese", "Congo": a form that names one of several states names the one candidate the article names
     * unambiguously elsewhere (its qualified name, capital or own demonym), and nothing when none or several are.
     */
    private void findAmbiguousForms(KnowledgeBase kb) {
        Set<String> named = new HashSet<>();
        for (KbMention g : mentions) {
            if (g.namesState()) {
                named.add(((Country) g.entry()).iso3());
            }
        }
        List<KbMention> added = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<AmbiguousForm> form = at[i] == null ? kb.ambiguousForm(tokens.word(i)) : Optional.empty();
            if (form.isEmpty() || !tokens.tag(i).startsWith("NNP") && !tokens.tag(i).startsWith("JJ")) {
                continue;
            }
            List<String> candidates = form.get().candidates().stream().filter(named::contains).toList();
            if (candidates.size() == 1) {
                KbMention g = new KbMention(i, i + 1, form.get().kind(), kb.countryByCode(candidates.get(0)).orElseThrow());
                if (!insideName(g)) {
                    added.add(g);
                    at[i] = g;
                }
            }
        }
        mentions.addAll(added);
        mentions.sort(Comparator.comparingInt(KbMention::start));
    }

    /**
     * The end of a dateline opening sentence {@code s} ("LONDON (Reuters) -", "WASHINGTON —"): where the story
     * was filed, no actor of it. The sentence start when there is none.
     */
    private int datelineEnd(int s) {
        int first = tokens.sentenceStart(s);
        int end = tokens.sentenceStart(s + 1);
        String opening = tokens.word(first);
        boolean capitals = opening.length() >= 3 && opening.chars().allMatch(Character::isUpperCase);
        boolean bracket = false;
        for (int i = first + 1; i < Math.min(end, first + 10); i++) {
            String w = tokens.word(i);
            if (tokens.tag(i).startsWith("VB")) {
                return first;
            }
            bracket |= w.equals("(") || w.equals("-LRB-");
            if (DATELINE_DASHES.contains(w) && (capitals || bracket)) {
                return i;
            }
        }
        return first;
    }

    /** Nouns after a demonym that make it a language, a field of study or an origin rather than a state. */
    private static final Set<String> NOT_STATE_NOUNS = Set.of("speaking", "language", "languages", "speaker", "speakers",
            "history", "studies", "literature", "descent", "ancestry", "heritage", "origin");
    private static final Set<String> SPEAKING = Set.of("speak", "fluent");
    private static final Set<String> DATELINE_DASHES = Set.of("-", "--", "—", "–", "_");

    /**
     * Whether a state's name, demonym or place is a word inside a longer person's or organisation's name
     * ("Jordan" in a person's name, a city in a company's): no state context. Organisations keep the state
     * names and demonyms that open them ("Chinese Foreign Ministry").
     */
    private boolean insideName(KbMention g) {
        int s = g.start();
        int e = g.end();
        String ner = tokens.ner(s);
        if (!"PERSON".equals(ner) && !"ORGANIZATION".equals(ner)) {
            return false;
        }
        int from = s;
        while (from > 0 && tokens.sameSentence(from - 1, s) && ner.equals(tokens.ner(from - 1))) {
            from--;
        }
        int to = e;
        while (to < tokens.size() && tokens.sameSentence(to, s) && ner.equals(tokens.ner(to))) {
            to++;
        }
        if (from == s && to == e) {
            return false;
        }
        return "PERSON".equals(ner) || g.kind() == EntryKind.PLACE;
    }

    /**
     * "a Spanish-speaking son of immigrants", "speaks fluent Spanish", "an Armenian history professor": a demonym
     * naming a language, a field of study or an origin, not its state.
     */
    private boolean namesNoState(KbMention g) {
        int e = g.end();
        String next = e < tokens.size() && tokens.sameSentence(e, g.start()) ? tokens.lower(e) : "";
        String after = e + 1 < tokens.size() && tokens.sameSentence(e + 1, g.start()) ? tokens.lower(e + 1) : "";
        String before = g.start() > 0 && tokens.sameSentence(g.start() - 1, g.start()) ? tokens.lemma(g.start() - 1) : "";
        return NOT_STATE_NOUNS.contains(next) || next.equals("-") && NOT_STATE_NOUNS.contains(after)
                || next.startsWith("-") && NOT_STATE_NOUNS.contains(next.substring(1)) || SPEAKING.contains(before);
    }

    private void add(KbMention g) {
        mentions.add(g);
        for (int i = g.start(); i < g.end(); i++) {
            if (at[i] == null) {
                at[i] = g;
            }
        }
    }

    private static boolean namesOrganization(List<GazetteerMatch> matches, GazetteerMatch place) {
        return matches.stream().anyMatch(o -> o.kind() == EntryKind.ORGANIZATION
                && o.startToken() == place.startToken() && o.endToken() == place.endToken());
    }

    /** The mention covering token i, or null. */
    KbMention at(int i) {
        return at[i];
    }

    /** Every mention, in text order. */
    List<KbMention> all() {
        return mentions;
    }

    Optional<KbMention> first(int start, int end, EntryKind kind) {
        return mentions.stream().filter(g -> g.start() >= start && g.end() <= end && g.kind() == kind).findFirst();
    }

    Optional<String> acronym(String word) {
        return Optional.ofNullable(acronyms.get(word));
    }

    String expandAcronym(String name) {
        return acronyms.getOrDefault(name, name);
    }

    /** Whether the article names the state or organisation of this side code anywhere. */
    boolean namesSide(String side) {
        return mentions.stream().anyMatch(g -> g.entry() instanceof Country c && g.namesState() && c.iso3().equals(side)
                || g.entry() instanceof Organization o && side.equals(o.side()));
    }

    /** Whether a knowledge-base organisation or institution is named in [start, end) ("the United Nations refugee agency"). */
    boolean namesBodyIn(int start, int end) {
        return mentions.stream().anyMatch(g -> g.start() < end && start < g.end()
                && (g.kind() == EntryKind.ORGANIZATION || g.kind() == EntryKind.INSTITUTION));
    }

    /**
     * "the Commission" after "the European Commission", "the Council" after "the UN Security Council": the
     * capitalised last word of an organisation the article named before stands for it.
     */
    private void findShortNames() {
        List<KbMention> added = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            String w = tokens.lower(i);
            if (at[i] != null || !tokens.tag(i).startsWith("NNP") || !ORG_NOUNS.contains(w)
                    || !tokens.word(i - 1).equalsIgnoreCase("the")
                    || i + 1 < tokens.size() && tokens.tag(i + 1).startsWith("NNP")) {
                continue;
            }
            KbMention named = null;
            for (KbMention g : mentions) {
                if (g.start() < i && g.entry() instanceof Organization o
                        && List.of(o.name().toLowerCase(Locale.ROOT).split("\\s+")).contains(w)) {
                    named = g;
                }
            }
            if (named != null) {
                KbMention g = new KbMention(i, i + 1, EntryKind.ORGANIZATION, named.entry());
                added.add(g);
                at[i] = g;
            }
        }
        mentions.addAll(added);
        mentions.sort(Comparator.comparingInt(KbMention::start));
    }

    /** "the Equatoria Liberation Movement (ELM)": acronyms the article defines for organisations it names. */
    private void findAcronyms() {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            String w = tokens.word(i);
            if (tokens.word(i - 1).equals("(") && tokens.word(i + 1).equals(")") && w.length() >= 2
                    && w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().allMatch(Character::isLetter)
                    && "ORGANIZATION".equals(tokens.ner(i - 2))) {
                int s = i - 2;
                while (s > 0 && tokens.sameSentence(s - 1, i) && "ORGANIZATION".equals(tokens.ner(s - 1))) {
                    s--;
                }
                acronyms.putIfAbsent(w, tokens.text(s, i - 1));
            }
        }
    }

    /**
     * An organisation the knowledge base does not know. An armed or liberation movement the article names
     * with an acronym is a side of its own under that acronym; companies, unions and the like are no side.
     */
    Actor unknownOrganization(String name, String statedSide) {
        String side = statedSide;
        if (side == null && Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(ARMED_GROUP_WORDS::contains)) {
            side = acronyms.entrySet().stream().filter(a -> a.getValue().equals(name)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
        return new Actor("org:" + KnownActors.slug(name), name, ActorKind.ORGANIZATION, side, null, null);
    }

    /** Knowledge-base organisations and NER organisations the knowledge base does not know, in text order. */
    private List<Map.Entry<Integer, Actor>> organizationMentions() {
        List<Map.Entry<Integer, Actor>> out = new ArrayList<>();
        for (KbMention g : mentions) {
            if (g.entry() instanceof Organization o) {
                out.add(Map.entry(g.start(), KnownActors.organization(o)));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if ("ORGANIZATION".equals(tokens.ner(i)) && at[i] == null
                    && (i == 0 || !"ORGANIZATION".equals(tokens.ner(i - 1)))) {
                int e = i;
                while (e < tokens.size() && tokens.sameSentence(e, i) && "ORGANIZATION".equals(tokens.ner(e))) {
                    e++;
                }
                out.add(Map.entry(i, unknownOrganization(expandAcronym(tokens.text(i, e)), null)));
            }
        }
        out.sort(Map.Entry.comparingByKey());
        return out;
    }

    /**
     * "the union", "the agency", "the group": the organisation of that kind the article named last before
     * (or, in a headline, first after): the one whose name has the noun, else, for a generic noun, the last
     * organisation named.
     */
    Optional<Actor> definiteOrganization(String noun, int before) {
        Actor generic = null;
        Actor after = null;
        for (Map.Entry<Integer, Actor> org : organizationMentions()) {
            boolean named = org.getValue().name().toLowerCase(Locale.ROOT).matches("(?s).*\\b" + noun + "\\b.*");
            if (org.getKey() < before) {
                if (named) {
                    generic = org.getValue();
                } else if (GENERIC_ORG_NOUNS.contains(noun) && (generic == null || !generic.name().toLowerCase(Locale.ROOT).contains(noun))) {
                    generic = org.getValue();
                }
            } else if (named && after == null && tokens.sentenceOf(before) == 0) {
                after = org.getValue();
            }
        }
        return Optional.ofNullable(generic != null ? generic : after);
    }

    /** The state (by name or place, not demonym) or organisation named last before {@code before}, by sentence. */
    Optional<Actor> nearestStateOrOrganization(int before) {
        KbMention best = null;
        for (KbMention g : mentions) {
            if (g.start() >= before || !(g.namesState() && g.kind() != EntryKind.DEMONYM
                    || g.kind() == EntryKind.ORGANIZATION)) {
                continue;
            }
            if (best == null || tokens.sentenceOf(g.start()) > tokens.sentenceOf(best.start())) {
                best = g;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(best.entry() instanceof Country c ? KnownActors.state(c)
                : KnownActors.organization((Organization) best.entry()));
    }

    /** A state named by a seat of government keeps that name ("Kremlin"); by anything else, its own name. */
    Actor stateAsNamed(KbMention g) {
        Country c = (Country) g.entry();
        String written = tokens.text(g.start(), g.end());
        return c.seats().stream().filter(seat -> seat.equalsIgnoreCase(written)).findFirst()
                .map(seat -> new Actor("gov:" + c.iso3(), seat, ActorKind.GOVERNMENT, c.iso3(), null, null))
                .orElseGet(() -> KnownActors.state(c));
    }
}
