package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.Country;
import dev.newsroom.extractor.kb.EntryKind;
import dev.newsroom.extractor.kb.GazetteerMatch;
import dev.newsroom.extractor.kb.Institution;
import dev.newsroom.extractor.kb.KbEntry;
import dev.newsroom.extractor.kb.KnowledgeBase;
import dev.newsroom.extractor.kb.MediaOutlet;
import dev.newsroom.extractor.kb.Organization;
import dev.newsroom.extractor.kb.Role;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of one article: every state, organisation, institution, medium and person it mentions, found
 * with the knowledge base and NER, and the resolution of a speaker's words ("the diplomat", "he", "Moscow",
 * "Israel's Foreign Ministry", "an Israeli official") to an actor. Token positions are indexes into the
 * article's token list.
 */
public final class ArticleActors {

    /** A resolved speaker phrase: the actor, and whether it is a medium (a channel, not a speaker). */
    public record Resolved(Actor actor, boolean media) {
    }

    /** A knowledge-base mention with article token positions. */
    private record Gaz(int start, int end, EntryKind kind, KbEntry entry) {
    }

    private static final class Person {
        final List<String> keys;
        String name;
        String side;
        String role;
        String roleCategory;
        /** a title naming a company, union or association: no state side from the article's context */
        boolean privateTitle;

        Person(List<String> keys, String name) {
            this.keys = keys;
            this.name = name;
        }

        String id() {
            return PersonNames.id(keys);
        }

        String surname() {
            return keys.get(keys.size() - 1);
        }

        Actor actor() {
            return new Actor(id(), name, ActorKind.PERSON, side, role, side);
        }
    }

    private record PersonMention(int start, int end, Person person) {
    }

    /** Prepositions that open a phrase naming a destination or place, not the speaker's own side. */
    private static final Set<String> PLACE_PREPOSITIONS =
            Set.of("to", "in", "at", "with", "from", "against", "toward", "towards", "on", "over", "about");
    private static final Set<String> MEDIA_WORDS = Set.of("newspaper", "daily", "agency", "broadcaster", "channel",
            "tv", "television", "radio", "outlet", "website", "magazine", "paper", "network", "station");
    private static final Set<String> INSTITUTION_WORDS =
            Set.of("ministry", "embassy", "mission", "office", "department", "service", "government");
    private static final Set<String> STATE_INSTITUTIONS = Set.of("government");
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "communique", "communiqué");
    /** Words of a title that tie a person to a private body rather than a state. */
    private static final Set<String> PRIVATE_BODY_WORDS = Set.of("union", "company", "firm", "corporation",
            "association", "confederation", "commerce", "group", "club", "charity", "campaign", "university",
            "institute", "ngo");
    /** Verbs of a relative clause naming the body a person leads: "who chairs the panel". */
    private static final Set<String> LEADING_VERBS = Set.of("chair", "head", "lead", "direct", "run", "represent");
    /** Role categories of officials who speak for a government. */
    private static final Set<String> STATE_ROLE_CATEGORIES = Set.of("spokesperson", "official", "minister",
            "head-of-government", "head-of-state", "legislator");
    /** Words that keep an unnamed official's state unstated on purpose: "a Western diplomat". */
    private static final Set<String> ANONYMOUS_ORIGINS = Set.of("western", "foreign", "international", "regional",
            "european", "arab", "african", "asian", "senior");
    /** Nouns for the agents and acts of a state, after a demonym. */
    private static final Set<String> STATE_AGENT_NOUNS = Set.of("government", "authority", "official", "side",
            "leadership", "leader", "ministry", "army", "troop", "force", "military", "navy", "ship", "vessel",
            "aircraft", "jet", "guard", "police", "soldier", "claim", "allegation", "position", "stance", "policy",
            "demand", "proposal", "plan", "strike", "attack", "shelling", "fire", "missile", "drone", "regime",
            "diplomat", "ambassador", "envoy", "embassy", "delegation", "minister", "president", "prime", "action",
            "move", "decision", "offensive", "operation", "aggression", "sanction", "tariff", "measure", "warship",
            "administration", "conduct", "campaign", "intervention", "occupation", "blockade", "siege", "offer",
            "initiative", "support", "aid", "assistance", "statement", "remark", "comment", "effort", "role",
            "approach", "response", "request", "bid", "pledge", "commitment", "mediation", "counterpart");

    /** Nouns a definite description of an organisation ends with: "the union", "the agency". */
    private static final Set<String> ORG_NOUNS = Set.of("agency", "organisation", "organization", "body", "bloc",
            "group", "movement", "alliance", "union", "coalition", "front", "company", "firm", "association",
            "federation", "council", "commission", "committee", "court", "board", "panel", "network", "watchdog");
    /** Of those, the ones that can stand for any organisation ("the agency" for the WHO). */
    private static final Set<String> GENERIC_ORG_NOUNS = Set.of("agency", "organisation", "organization", "body",
            "bloc", "group", "watchdog");
    private static final Set<String> ARMED_GROUP_WORDS = Set.of("movement", "front", "army", "liberation", "militia",
            "brigade", "brigades", "resistance", "rebels", "insurgents");
    /** A person's own staff: "his office", "her campaign". */
    private static final Set<String> PERSONAL_BODY_WORDS = Set.of("office", "camp", "aide", "team", "campaign", "spokesman",
            "spokeswoman", "spokesperson");
    private static final Set<String> PRIVATE_ROLE_CATEGORIES = Set.of("expert", "journalist");
    private static final Set<String> PRIVATE_ROLES = Set.of("executive", "lawyer", "activist", "witness", "source",
            "hostage", "militant", "cleric");

    private final KnowledgeBase kb;
    private final List<CoreLabel> tokens;
    private final int[] sentenceOf;
    private final int[] sentenceStart;
    private final Gaz[] gazAt;
    private final List<Gaz> gazetteer = new ArrayList<>();
    private final List<PersonMention> personMentions = new ArrayList<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();
    private final List<int[]> quoted;
    /** Acronyms the article defines for organisations the knowledge base does not know, with their full names. */
    private final Map<String, String> acronyms = new LinkedHashMap<>();
    /** Speakers resolved so far with the token they were named at, for "the ministry" and "its". */
    private final List<Map.Entry<Integer, Actor>> speakers = new ArrayList<>();

    public ArticleActors(KnowledgeBase kb, List<CoreMap> sentences, List<int[]> quotedTokens) {
        this.kb = kb;
        this.quoted = quotedTokens;
        this.tokens = new ArrayList<>();
        this.sentenceStart = new int[sentences.size() + 1];
        for (int s = 0; s < sentences.size(); s++) {
            sentenceStart[s] = tokens.size();
            tokens.addAll(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class));
        }
        sentenceStart[sentences.size()] = tokens.size();
        sentenceOf = new int[tokens.size()];
        gazAt = new Gaz[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            int base = sentenceStart[s];
            List<String> words = new ArrayList<>();
            for (int i = base; i < sentenceStart[s + 1]; i++) {
                sentenceOf[i] = s;
                words.add(tokens.get(i).originalText());
            }
            List<GazetteerMatch> matches = kb.scan(words);
            for (GazetteerMatch m : matches) {
                if (m.kind() == EntryKind.PLACE && namesOrganization(matches, m)) {
                    continue; // "Brussels said": a seat shared with an international body stands for the body
                }
                Gaz g = new Gaz(base + m.startToken(), base + m.endToken(), m.kind(), m.entry());
                gazetteer.add(g);
                for (int i = g.start(); i < g.end(); i++) {
                    if (gazAt[i] == null) {
                        gazAt[i] = g;
                    }
                }
            }
        }
        findAcronyms();
        findPersons();
        addSurnameMentions();
        findShortNames();
    }

    private static boolean namesOrganization(List<GazetteerMatch> matches, GazetteerMatch place) {
        return matches.stream().anyMatch(o -> o.kind() == EntryKind.ORGANIZATION
                && o.startToken() == place.startToken() && o.endToken() == place.endToken());
    }

    // ---------------------------------------------------------------- persons

    private void findPersons() {
        int i = 0;
        while (i < tokens.size()) {
            if (!isPersonToken(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && isPersonToken(i) && sentenceOf[i] == sentenceOf[start]) {
                i++;
            }
            addPerson(start, i);
        }
    }

    private boolean isPersonToken(int i) {
        CoreLabel t = tokens.get(i);
        if (!"PERSON".equals(t.ner())) {
            return false;
        }
        Gaz g = gazAt[i];
        return g == null || g.kind() == EntryKind.ROLE;
    }

    private void addPerson(int start, int end) {
        String name = text(start, end);
        List<String> keys = PersonNames.keys(name);
        if (keys.isEmpty()) {
            return;
        }
        Person person = findPerson(keys).orElseGet(() -> {
            Person p = new Person(keys, name);
            persons.put(p.id(), p);
            return p;
        });
        if (name.length() > person.name.length()) {
            person.name = name;
        }
        describe(person, start, end);
        personMentions.add(new PersonMention(start, end, person));
    }

    /** The person of this article a name refers to: the same keys, or a surname alone matching a full name. */
    private Optional<Person> findPerson(List<String> keys) {
        Person exact = persons.get(PersonNames.id(keys));
        if (exact != null) {
            return Optional.of(exact);
        }
        String surname = keys.get(keys.size() - 1);
        List<Person> sameSurname = persons.values().stream().filter(p -> p.surname().equals(surname)
                && (endsWith(p.keys, keys) || endsWith(keys, p.keys) || p.keys.get(0).charAt(0) == keys.get(0).charAt(0)))
                .toList();
        if (sameSurname.isEmpty() && keys.size() == 1) {
            // "Lin" after "Lin Jiawei" (surname first) or a given name alone: the one person it begins
            List<Person> sameFirst = persons.values().stream()
                    .filter(p -> p.keys.size() > 1 && p.keys.get(0).equals(surname)).toList();
            if (sameFirst.size() == 1) {
                return Optional.of(sameFirst.get(0));
            }
        }
        if (sameSurname.size() == 1) {
            Person p = sameSurname.get(0);
            if (keys.size() > p.keys.size()) {
                persons.remove(p.id());
                Person full = new Person(keys, p.name);
                full.side = p.side;
                full.role = p.role;
                full.roleCategory = p.roleCategory;
                persons.put(full.id(), full);
                personMentions.replaceAll(m -> m.person() == p ? new PersonMention(m.start(), m.end(), full) : m);
                return Optional.of(full);
            }
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /** Whether {@code name} ends with all of {@code tail} ("Maria de la Cruz" ends with "de la Cruz"). */
    private static boolean endsWith(List<String> name, List<String> tail) {
        return tail.size() <= name.size() && name.subList(name.size() - tail.size(), name.size()).equals(tail);
    }

    /** Side and role from the title before a name and appositions around it. */
    private void describe(Person person, int start, int end) {
        List<int[]> windows = new ArrayList<>();
        int title = start;
        while (title > 0 && sameSentence(title - 1, start) && isTitleToken(title - 1)) {
            title--;
        }
        windows.add(new int[] {title, start});
        if (start > 1 && word(start - 1).equals(",") && sameSentence(start - 2, start)) {
            int np = start - 1;
            while (np > 0 && sameSentence(np - 1, start) && isNounPhraseToken(np - 1)) {
                np--;
            }
            windows.add(new int[] {np, start - 1});
        }
        if (end < tokens.size() - 1 && word(end).equals(",") && sameSentence(end + 1, start)) {
            int np = end + 1;
            while (np < tokens.size() && sameSentence(np, start) && isNounPhraseToken(np) && !word(np).equals(",")) {
                np++;
            }
            windows.add(new int[] {end + 1, np});
            // "former Mozambican president X, who chairs the AU panel": the body a person now leads comes first
            if (end + 3 < tokens.size() && word(end + 1).equalsIgnoreCase("who") && LEADING_VERBS.contains(lemma(end + 2))) {
                int stop = end + 3;
                while (stop < tokens.size() && sameSentence(stop, start) && isNounPhraseToken(stop)) {
                    stop++;
                }
                if (windows.stream().anyMatch(w -> hasWord(w[0], w[1], "former"))) {
                    windows.add(0, new int[] {end + 3, stop});
                }
            }
        }
        for (int[] w : windows) {
            if (person.side == null) {
                person.side = sideIn(w[0], w[1]).or(() -> namedInstitutionSide(w[0], w[1]))
                        .or(() -> text(w[0], w[1]).contains("Secretary-General") ? Optional.of("UN") : Optional.empty())
                        .orElse(null);
            }
            person.privateTitle |= hasPrivateBodyWord(w[0], w[1]);
            if (person.role == null) {
                roleIn(w[0], w[1]).ifPresent(r -> {
                    person.role = r.getKey();
                    person.roleCategory = r.getValue();
                });
            }
        }
    }

    /** A word of a title before a name: "Chile's ambassador to Peru", "Deputy Foreign Minister". */
    private boolean isTitleToken(int i) {
        String tag = tokens.get(i).tag();
        String w = word(i).toLowerCase(Locale.ROOT);
        boolean linking = (tag.equals("IN") || tag.equals("TO")) && Set.of("to", "of", "in", "at").contains(w);
        return (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("POS") || tag.equals("HYPH") || linking)
                && !"PERSON".equals(tokens.get(i).ner());
    }

    private boolean isNounPhraseToken(int i) {
        String tag = tokens.get(i).tag();
        String w = word(i).toLowerCase(Locale.ROOT);
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("POS")
                || tag.equals("PRP$") || tag.equals("CD") || tag.equals("HYPH")
                || (tag.equals("IN") || tag.equals("TO")) && Set.of("of", "to", "at", "in", "for").contains(w);
    }

    /**
     * "Cole told reporters": a capitalised word that is the surname of one person named in the article names
     * that person even where NER missed it.
     */
    private void addSurnameMentions() {
        for (int i = 0; i < tokens.size(); i++) {
            int at = i;
            if (!tokens.get(i).tag().startsWith("NNP") || gazAt[i] != null
                    || personMentions.stream().anyMatch(m -> m.start() <= at && at < m.end())) {
                continue;
            }
            List<String> keys = PersonNames.keys(word(i));
            if (keys.size() != 1) {
                continue;
            }
            List<Person> holders = persons.values().stream()
                    .filter(p -> p.keys.size() > 1 && p.surname().equals(keys.get(0))).toList();
            if (holders.size() == 1) {
                personMentions.add(new PersonMention(i, i + 1, holders.get(0)));
            }
        }
    }

    /**
     * "the Commission" after "the European Commission", "the Council" after "the UN Security Council": the
     * capitalised last word of an organisation the article named before stands for it.
     */
    private void findShortNames() {
        List<Gaz> added = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            String w = word(i);
            if (gazAt[i] != null || !tokens.get(i).tag().startsWith("NNP") || !ORG_NOUNS.contains(w.toLowerCase(Locale.ROOT))
                    || !word(i - 1).equalsIgnoreCase("the")
                    || i + 1 < tokens.size() && tokens.get(i + 1).tag().startsWith("NNP")) {
                continue;
            }
            Gaz named = null;
            for (Gaz g : gazetteer) {
                if (g.start() < i && g.entry() instanceof Organization o
                        && List.of(o.name().toLowerCase(Locale.ROOT).split("\\s+")).contains(w.toLowerCase(Locale.ROOT))) {
                    named = g;
                }
            }
            if (named != null) {
                Gaz g = new Gaz(i, i + 1, EntryKind.ORGANIZATION, named.entry());
                added.add(g);
                gazAt[i] = g;
            }
        }
        gazetteer.addAll(added);
        gazetteer.sort(Comparator.comparingInt(Gaz::start));
    }

    /** "the Equatoria Liberation Movement (ELM)": acronyms the article defines for organisations it names. */
    private void findAcronyms() {
        for (int i = 2; i + 1 < tokens.size(); i++) {
            String w = word(i);
            if (word(i - 1).equals("(") && word(i + 1).equals(")") && w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT))
                    && w.chars().allMatch(Character::isLetter) && "ORGANIZATION".equals(tokens.get(i - 2).ner())) {
                int s = i - 2;
                while (s > 0 && sameSentence(s - 1, i) && "ORGANIZATION".equals(tokens.get(s - 1).ner())) {
                    s--;
                }
                acronyms.putIfAbsent(w, text(s, i - 1));
            }
        }
    }

    /**
     * The state of a named institution in a title ("State Department spokeswoman"), when the article names
     * that state elsewhere: several states have a "Foreign Office" or a "National Security Council".
     */
    private Optional<String> namedInstitutionSide(int start, int end) {
        for (Gaz g : gazetteer) {
            if (g.start() >= start && g.end() <= end && g.kind() == EntryKind.INSTITUTION
                    && ((Institution) g.entry()).country() != null) {
                String code = ((Institution) g.entry()).country();
                boolean named = gazetteer.stream().anyMatch(x -> isStateKind(x.kind())
                        && ((Country) x.entry()).iso3().equals(code));
                return named ? Optional.of(code) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a knowledge-base organisation or institution covers token i ("the UN refugee agency"). */
    private boolean namesBody(int i) {
        return namesBodyIn(i, i + 1);
    }

    /** Whether a knowledge-base organisation or institution is named in [start, end) ("the United Nations refugee agency"). */
    private boolean namesBodyIn(int start, int end) {
        return gazetteer.stream().anyMatch(g -> g.start() < end && start < g.end()
                && (g.kind() == EntryKind.ORGANIZATION || g.kind() == EntryKind.INSTITUTION));
    }

    private boolean hasAnyWord(int start, int end, Set<String> words) {
        return words.stream().anyMatch(w -> hasWord(start, end, w));
    }

    private boolean hasWord(int start, int end, String word) {
        for (int i = start; i < end; i++) {
            if (word(i).equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasPrivateBodyWord(int start, int end) {
        for (int i = start; i < end; i++) {
            if (PRIVATE_BODY_WORDS.contains(lemma(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a person's title makes them an official of some state (not a company, union or observer). */
    private static boolean servesState(Person p) {
        return p.role != null && !p.privateTitle && !PRIVATE_ROLE_CATEGORIES.contains(p.roleCategory)
                && !PRIVATE_ROLES.contains(p.role);
    }

    /**
     * The state an official whose title names none serves ("Information minister X", "Foreign Office
     * spokeswoman Y"): the state of the government that spoke last, within a few sentences, or else the
     * state most of a domestic article names.
     */
    private Optional<String> governmentContext(int at) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Map.Entry<Integer, Actor> e = speakers.get(i);
            if (e.getKey() < at && sentenceOf[at] - sentenceOf[e.getKey()] <= 3) {
                Actor a = e.getValue();
                if (a.kind() == ActorKind.GOVERNMENT && a.side() != null && kb.countryByCode(a.side()).isPresent()) {
                    return Optional.of(a.side());
                }
            }
        }
        return dominantState();
    }

    // ---------------------------------------------------------------- resolution

    /**
     * The actor a speaker phrase [start, end) with head token {@code head} refers to, or empty when it names
     * no actor ("the report", an unresolved "they").
     */
    public Optional<Resolved> speaker(int start, int end, int head) {
        Optional<Resolved> r = resolve(start, end, head);
        r.filter(x -> !x.media()).ifPresent(x -> speakers.add(Map.entry(start, x.actor())));
        return r;
    }

    private Optional<Resolved> resolve(int start, int end, int head) {
        String headWord = word(head).toLowerCase(Locale.ROOT);
        String headLemma = lemma(head);
        if (tokens.get(head).tag().startsWith("PRP")) {
            return pronoun(headWord, start).map(a -> new Resolved(a, false));
        }
        Optional<PersonMention> named = personMentions.stream()
                .filter(m -> m.start() >= start && m.end() <= end && !insidePlacePhrase(start, m.start()))
                .findFirst()
                // "Russia's foreign ministry spokeswoman [Yelena Savchuk] told ...": a title the parse cut from its name
                .or(() -> roleOf(start, end, head).isPresent() ? personMentions.stream()
                        .filter(m -> m.start() == end && sameSentence(m.start(), head)).findFirst() : Optional.empty());
        if (named.isPresent()) {
            Person p = named.get().person();
            if (p.side == null) {
                p.side = sideIn(start, end).or(() -> sideBefore(start))
                        .or(() -> servesState(p) ? governmentContext(start) : Optional.empty()).orElse(null);
            }
            return Optional.of(new Resolved(p.actor(), false));
        }
        Optional<Gaz> media = first(start, end, EntryKind.MEDIA);
        if (media.isPresent() && (media.get().start() <= head && head < media.get().end() || MEDIA_WORDS.contains(headLemma))) {
            MediaOutlet m = (MediaOutlet) media.get().entry();
            return Optional.of(new Resolved(media(m), true));
        }
        if (MEDIA_WORDS.contains(headLemma) && hasProperNoun(start, end) && !namesBodyIn(start, end)) {
            return Optional.of(new Resolved(new Actor("media:" + slug(text(start, head)), text(start, head + 1),
                    ActorKind.MEDIA, null, null, null), true));
        }
        if (acronyms.containsKey(word(head)) && gazAt[head] == null) {
            return Optional.of(new Resolved(unknownOrganization(acronyms.get(word(head)), null), false));
        }
        if (PERSONAL_BODY_WORDS.contains(headLemma) && Set.of("his", "her").contains(word(start).toLowerCase(Locale.ROOT))) {
            // "His office said ...": the person's own staff speak for the person
            Optional<Actor> person = nearestPerson(start);
            if (person.isPresent()) {
                return person.map(a -> new Resolved(a, false));
            }
        }
        if (end - start <= 2 && INSTITUTION_WORDS.contains(headLemma)) {
            Optional<Actor> previous = previousInstitution(headLemma, start);
            if (previous.isPresent()) {
                return previous.map(a -> new Resolved(a, false));
            }
        }
        Optional<Actor> apposed = apposedOrganization(start, end);
        if (apposed.isPresent()) {
            return apposed.map(a -> new Resolved(a, false));
        }
        Optional<Gaz> institution = apposedInstitution(start, end).or(() -> first(start, end, EntryKind.INSTITUTION))
                .filter(g -> !insidePlacePhrase(start, g.start()));
        if (institution.isPresent()) {
            return Optional.of(new Resolved(institution((Institution) institution.get().entry(), start, end), false));
        }
        if (INSTITUTION_WORDS.contains(headLemma) || STATEMENT_NOUNS.contains(headLemma)) {
            Optional<Actor> previous = lastSpeaker(a -> a.kind() != ActorKind.PERSON && a.kind() != ActorKind.UNNAMED
                    && (STATEMENT_NOUNS.contains(headLemma) || a.name().toLowerCase(Locale.ROOT).contains(headLemma)));
            if (previous.isPresent()) {
                return previous.map(a -> new Resolved(a, false));
            }
        }
        if (end - start <= 3 && ORG_NOUNS.contains(headLemma) && !tokens.get(head).tag().startsWith("NNP")
                && !hasProperNoun(start, end)) {
            Optional<Actor> org = definiteOrganization(headLemma, start);
            if (org.isPresent()) {
                return org.map(a -> new Resolved(a, false));
            }
        }
        Optional<Role> role = roleOf(start, end, head);
        if (role.isPresent()) {
            return Optional.of(new Resolved(roleHolder(role.get(), start, end, head), false));
        }
        if ("ORGANIZATION".equals(tokens.get(head).ner()) && gazAt[head] == null) {
            return Optional.of(new Resolved(unknownOrganization(start, end, head), false));
        }
        Optional<Gaz> state = gazetteer.stream().filter(g -> g.start() >= start && g.end() <= end
                && isStateKind(g.kind()) && !insidePlacePhrase(start, g.start())).findFirst();
        if (state.isPresent()) {
            return Optional.of(new Resolved(stateAsNamed(state.get()), false));
        }
        Optional<Gaz> org = first(start, end, EntryKind.ORGANIZATION);
        if (org.isPresent()) {
            return Optional.of(new Resolved(organization((Organization) org.get().entry()), false));
        }
        return Optional.empty();
    }

    /** An organisation the knowledge base does not know: its NER words, the side its phrase states. */
    private Actor unknownOrganization(int start, int end, int head) {
        int s = head;
        int e = head + 1;
        while (s > start && "ORGANIZATION".equals(tokens.get(s - 1).ner())) {
            s--;
        }
        while (e < end && "ORGANIZATION".equals(tokens.get(e).ner())) {
            e++;
        }
        String name = acronyms.getOrDefault(text(s, e), text(s, e));
        return unknownOrganization(name, sideIn(start, end).orElse(null));
    }

    /** A named institution in apposition ("the army's press wing, the X Directorate"): the speaker's own name. */
    private Optional<Gaz> apposedInstitution(int start, int end) {
        return gazetteer.stream().filter(g -> g.start() > start && g.end() <= end && g.kind() == EntryKind.INSTITUTION
                && word(g.start() - 1).equals(",") && ((Institution) g.entry()).country() != null).findFirst();
    }

    /**
     * "Pakistan's military media wing, Inter-Services Public Relations (ISPR)": a body's own name in
     * apposition names the speaker more exactly than its description; the description gives its side.
     */
    private Optional<Actor> apposedOrganization(int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (word(i - 1).equals(",") && "ORGANIZATION".equals(tokens.get(i).ner()) && gazAt[i] == null) {
                int e = i;
                while (e < end && "ORGANIZATION".equals(tokens.get(e).ner()) && gazAt[e] == null) {
                    e++;
                }
                String name = acronyms.getOrDefault(text(i, e), text(i, e));
                return Optional.of(unknownOrganization(name, sideIn(start, i - 1).orElse(null)));
            }
        }
        return Optional.empty();
    }

    /**
     * An organisation the knowledge base does not know. An armed or liberation movement the article names
     * with an acronym is a side of its own under that acronym; companies, unions and the like are no side.
     */
    private Actor unknownOrganization(String name, String statedSide) {
        String side = statedSide;
        if (side == null && Arrays.stream(name.toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(ARMED_GROUP_WORDS::contains)) {
            side = acronyms.entrySet().stream().filter(a -> a.getValue().equals(name)).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
        return new Actor("org:" + slug(name), name, ActorKind.ORGANIZATION, side, null, null);
    }

    /**
     * "the union", "the agency", "the group": the organisation of that kind the article named last before
     * (or, in a headline, first after): the one whose name has the noun, else, for a generic noun, the last
     * organisation named.
     */
    private Optional<Actor> definiteOrganization(String noun, int at) {
        Actor generic = null;
        Actor after = null;
        for (Map.Entry<Integer, Actor> org : organizationMentions()) {
            boolean named = org.getValue().name().toLowerCase(Locale.ROOT).matches("(?s).*\\b" + noun + "\\b.*");
            if (org.getKey() < at) {
                if (named) {
                    generic = org.getValue();
                } else if (GENERIC_ORG_NOUNS.contains(noun) && (generic == null || !generic.name().toLowerCase(Locale.ROOT).contains(noun))) {
                    generic = org.getValue();
                }
            } else if (named && after == null && sentenceOf[at] == 0) {
                after = org.getValue();
            }
        }
        return Optional.ofNullable(generic != null ? generic : after);
    }

    /** Knowledge-base organisations and NER organisations the knowledge base does not know, in text order. */
    private List<Map.Entry<Integer, Actor>> organizationMentions() {
        List<Map.Entry<Integer, Actor>> out = new ArrayList<>();
        for (Gaz g : gazetteer) {
            if (g.entry() instanceof Organization o) {
                out.add(Map.entry(g.start(), organization(o)));
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if ("ORGANIZATION".equals(tokens.get(i).ner()) && gazAt[i] == null
                    && (i == 0 || !"ORGANIZATION".equals(tokens.get(i - 1).ner()))) {
                int e = i;
                while (e < tokens.size() && sameSentence(e, i) && "ORGANIZATION".equals(tokens.get(e).ner())) {
                    e++;
                }
                String name = acronyms.getOrDefault(text(i, e), text(i, e));
                out.add(Map.entry(i, unknownOrganization(name, null)));
            }
        }
        out.sort(Map.Entry.comparingByKey());
        return out;
    }

    /** A state named by a seat of government keeps that name ("Kremlin"); by anything else, its own name. */
    private Actor stateAsNamed(Gaz g) {
        Country c = (Country) g.entry();
        String written = text(g.start(), g.end());
        return c.seats().stream().filter(seat -> seat.equalsIgnoreCase(written)).findFirst()
                .map(seat -> new Actor("gov:" + c.iso3(), seat, ActorKind.GOVERNMENT, c.iso3(), null, null))
                .orElseGet(() -> state(c));
    }

    /**
     * "the ministry", "the embassy": the nearest institution named before whose name has that word, with
     * the side its own phrase states ("the Peruvian Ministry of Foreign Affairs").
     */
    private Optional<Actor> previousInstitution(String word, int before) {
        for (int i = gazetteer.size() - 1; i >= 0; i--) {
            Gaz g = gazetteer.get(i);
            if (g.start() >= before || g.kind() != EntryKind.INSTITUTION
                    || !((Institution) g.entry()).canonical().toLowerCase(Locale.ROOT).contains(word)) {
                continue;
            }
            int from = g.start();
            while (from > 0 && sameSentence(from - 1, g.start()) && isTitleToken(from - 1)) {
                from--;
            }
            int to = Math.min(sentenceStart[sentenceOf[g.start()] + 1], g.end() + 3);
            Optional<String> side = sideIn(from, g.end())
                    .or(() -> word(g.end()).equalsIgnoreCase("of") ? sideIn(g.end(), to) : Optional.empty());
            if (side.isPresent()) {
                return Optional.of(institution((Institution) g.entry(), side.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<Actor> pronoun(String word, int at) {
        return switch (word) {
            case "he", "she", "him", "her" -> nearestPerson(at);
            case "it", "its" -> recentBody(at).or(() -> nearestStateOrOrganization(at));
            default -> Optional.empty();
        };
    }

    /** "The ministry rejected the claim. It said ...": the body that spoke in this or the previous sentence. */
    private Optional<Actor> recentBody(int at) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            Map.Entry<Integer, Actor> e = speakers.get(i);
            if (e.getKey() < at && sentenceOf[at] - sentenceOf[e.getKey()] <= 1) {
                ActorKind kind = e.getValue().kind();
                if (kind == ActorKind.GOVERNMENT || kind == ActorKind.ORGANIZATION) {
                    return Optional.of(e.getValue());
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The first person named in the nearest sentence before {@code at} (or earlier in its own sentence). */
    private Optional<Actor> nearestPerson(int at) {
        PersonMention best = null;
        for (PersonMention m : personMentions) {
            if (m.start() >= at || isQuoted(m.start())) {
                continue;
            }
            if (best == null || sentenceOf[m.start()] > sentenceOf[best.start()]) {
                best = m;
            }
        }
        return Optional.ofNullable(best).filter(m -> sentenceOf[at] - sentenceOf[m.start()] <= 6)
                .map(m -> m.person().actor());
    }

    private Optional<Actor> nearestStateOrOrganization(int at) {
        Gaz best = null;
        for (Gaz g : gazetteer) {
            if (g.start() >= at || !(isStateKind(g.kind()) && g.kind() != EntryKind.DEMONYM
                    || g.kind() == EntryKind.ORGANIZATION)) {
                continue;
            }
            if (best == null || sentenceOf[g.start()] > sentenceOf[best.start()]) {
                best = g;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(best.entry() instanceof Country c ? state(c) : organization((Organization) best.entry()));
    }

    private Actor roleHolder(Role role, int start, int end, int head) {
        Optional<String> side = sideIn(start, end);
        String first = word(start).toLowerCase(Locale.ROOT);
        boolean unnamed = first.equals("a") || first.equals("an") || first.equals("some") || first.equals("several")
                || tokens.get(head).tag().endsWith("S") && !first.equals("the");
        if (!unnamed) {
            Optional<Person> holder = compatiblePerson(role, side.orElse(null), start);
            if (holder.isPresent()) {
                Person p = holder.get();
                if (p.side == null && side.isPresent()) {
                    p.side = side.get();
                }
                return p.actor();
            }
        }
        String name = text(start, end).replaceFirst("(?i)^(the|a|an|some|several)\\s+", "");
        if (side.isEmpty() && STATE_ROLE_CATEGORIES.contains(role.category()) && !hasAnyWord(start, end, ANONYMOUS_ORIGINS)) {
            // "Downing Street hit back. A spokesperson for the prime minister said ...": the government that spoke
            side = governmentContext(start);
        }
        String sideCode = side.orElse(null);
        return new Actor("unnamed:" + (sideCode == null ? "" : sideCode + ":") + slug(role.role()), name,
                ActorKind.UNNAMED, sideCode, role.role(), sideCode);
    }

    /** The nearest person named before {@code at} (or, failing that, after it) who could hold the role. */
    private Optional<Person> compatiblePerson(Role role, String side, int at) {
        List<PersonMention> before = personMentions.stream().filter(m -> m.start() < at).toList();
        List<PersonMention> after = personMentions.stream().filter(m -> m.start() >= at).toList();
        for (boolean sameCategoryOnly : new boolean[] {true, false}) {
            for (int i = before.size() - 1; i >= 0; i--) {
                Person p = before.get(i).person();
                if (compatible(p, role, side, sameCategoryOnly)) {
                    return Optional.of(p);
                }
            }
            for (PersonMention m : after) {
                if (compatible(m.person(), role, side, sameCategoryOnly)) {
                    return Optional.of(m.person());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean compatible(Person p, Role role, String side, boolean sameCategoryOnly) {
        boolean sideOk = side == null || p.side == null || side.equals(p.side);
        boolean categoryOk = sameCategoryOnly ? role.category().equals(p.roleCategory) : p.roleCategory == null;
        return sideOk && categoryOk;
    }

    private Actor institution(Institution institution, int start, int end) {
        Optional<String> side = sideIn(start, end);
        if (side.isEmpty() && institution.country() != null) {
            side = Optional.of(institution.country());
        }
        if (side.isEmpty()) {
            String canonical = institution.canonical().toLowerCase(Locale.ROOT);
            side = lastSpeaker(a -> a.name().toLowerCase(Locale.ROOT).endsWith(canonical)).map(Actor::side)
                    .or(() -> lastSpeaker(a -> a.kind() == ActorKind.GOVERNMENT).map(Actor::side))
                    .or(this::firstState);
        }
        return institution(institution, side.orElse(null));
    }

    private Actor institution(Institution institution, String sideCode) {
        Optional<String> side = Optional.ofNullable(sideCode);
        Optional<Country> country = side.flatMap(kb::countryByCode);
        if (STATE_INSTITUTIONS.contains(institution.canonical().toLowerCase(Locale.ROOT)) && country.isPresent()) {
            return state(country.get());
        }
        String name = titleCase(institution.canonical());
        String code = side.orElse(null);
        String prefix = country.map(c -> c.demonyms().isEmpty() ? c.name() : c.demonyms().get(0)).orElse("");
        return new Actor("gov:" + (code == null ? "" : code + ":") + slug(institution.canonical()),
                (prefix + " " + name).strip(), institution.kind(), code, null, code);
    }

    private Optional<Actor> lastSpeaker(java.util.function.Predicate<Actor> filter) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            if (filter.test(speakers.get(i).getValue())) {
                return Optional.of(speakers.get(i).getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The state that three in five of the article's state mentions name: the side of a person the
     * text ties to no state but gives a title, as in domestic news ("Senator X said ..."). None in news between states.
     */
    private Optional<String> dominantState() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Gaz g : gazetteer) {
            if (isStateKind(g.kind())) {
                counts.merge(((Country) g.entry()).iso3(), 1, Integer::sum);
            }
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(top -> top.getValue() * 5 >= total * 3).map(Map.Entry::getKey);
    }

    private Optional<String> firstState() {
        return gazetteer.stream().filter(g -> isStateKind(g.kind())).findFirst()
                .map(g -> ((Country) g.entry()).iso3());
    }

    // ---------------------------------------------------------------- sides, roles, targets

    /**
     * The side a phrase states for its head: the first state, demonym, place or organisation in it that is
     * not inside a place or destination phrase ("Chile's ambassador to Peru" → CHL), or the state an
     * "its" refers to.
     */
    public Optional<String> sideIn(int start, int end) {
        for (int i = start; i < end; i++) {
            if (insidePlacePhrase(start, i)) {
                continue;
            }
            Gaz g = gazAt[i];
            if (g != null && g.start() == i) {
                if (g.entry() instanceof Country c && isStateKind(g.kind())) {
                    return Optional.of(c.iso3());
                }
                if (g.entry() instanceof Organization o) {
                    return Optional.of(o.side());
                }
            }
            String w = word(i).toLowerCase(Locale.ROOT);
            if (w.equals("its") || w.equals("their")) {
                Optional<String> side = nearestStateOrOrganization(i).map(Actor::side);
                if (side.isPresent()) {
                    return side;
                }
            }
            if (ORG_NOUNS.contains(w) && i > start && word(i - 1).equalsIgnoreCase("the") && i + 1 < end
                    && tokens.get(i + 1).tag().equals("POS")) {
                // "the group's spokesman": the side of the organisation the description stands for
                Optional<String> side = definiteOrganization(w, i).map(Actor::side);
                if (side.isPresent()) {
                    return side;
                }
            }
        }
        return Optional.empty();
    }

    /** The first state or demonym before {@code at} in its sentence, outside place phrases. */
    private Optional<String> sideBefore(int at) {
        int s = sentenceStart[sentenceOf[at]];
        for (int i = s; i < at; i++) {
            if (isQuoted(i)) {
                s = i + 1; // words inside a quote before the name are the quote's, not the title's
            }
        }
        return sideIn(s, at);
    }

    private Optional<Map.Entry<String, String>> roleIn(int start, int end) {
        for (int i = start; i < end; i++) {
            Gaz g = gazAt[i];
            if (g != null && g.kind() == EntryKind.ROLE && !insidePlacePhrase(start, i)) {
                Role role = (Role) g.entry();
                String text = role.role();
                if (g.end() + 1 < end && word(g.end()).equalsIgnoreCase("to")) {
                    Gaz dest = gazAt[g.end() + 1];
                    if (dest != null && dest.entry() instanceof Country c) {
                        text += " to " + c.name();
                    }
                }
                return Optional.of(Map.entry(text, role.category()));
            }
        }
        return Optional.empty();
    }

    private Optional<Role> roleOf(int start, int end, int head) {
        Gaz g = gazAt[head];
        if (g != null && g.kind() == EntryKind.ROLE) {
            return Optional.of((Role) g.entry());
        }
        for (Gaz x : gazetteer) {
            if (x.start() >= start && x.end() <= end && x.kind() == EntryKind.ROLE && x.end() == head + 1) {
                return Optional.of((Role) x.entry());
            }
        }
        return kb.role(word(head));
    }

    /** The states and organisations a span [start, end) mentions, and persons whose side is known. */
    public List<Actor> mentionedIn(int start, int end) {
        return mentioned(start, end, false);
    }

    /**
     * The states and organisations a span mentions as actors a statement can be about: a demonym counts only
     * where it names the state's agents or acts ("Pakistani troops", "the Russian stance", "Chinese
     * vessels"), not people, places or other bodies ("Palestinian group", "the Ethiopian capital", "Haitians").
     */
    public List<Actor> actorsIn(int start, int end) {
        return mentioned(start, end, true);
    }

    private List<Actor> mentioned(int start, int end, boolean agentsOnly) {
        List<Actor> out = new ArrayList<>();
        for (Gaz g : gazetteer) {
            if (g.start() < start || g.end() > end || agentsOnly && g.kind() == EntryKind.DEMONYM && !namesStateAgent(g)) {
                continue;
            }
            if (g.entry() instanceof Country c && isStateKind(g.kind())) {
                out.add(state(c));
            } else if (g.entry() instanceof Organization o) {
                out.add(organization(o));
            }
        }
        for (PersonMention m : personMentions) {
            if (m.start() >= start && m.end() <= end && m.person().side != null) {
                out.add(m.person().actor());
            }
        }
        return out;
    }

    /** Whether a demonym modifies a noun for a state's agents or acts: "Pakistani troops", "Russian stance". */
    private boolean namesStateAgent(Gaz demonym) {
        int head = -1;
        for (int i = demonym.end(); i < tokens.size() && sameSentence(i, demonym.start()); i++) {
            String tag = tokens.get(i).tag();
            if (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("HYPH") || tag.equals("VBN") && i == demonym.end()) {
                head = tag.startsWith("NN") ? i : head;
            } else {
                break;
            }
        }
        return head >= 0 && STATE_AGENT_NOUNS.contains(lemma(head));
    }

    /** A medium named in [start, end), if any (the channel of a statement: "told the X newspaper"). */
    public Optional<Actor> mediaIn(int start, int end) {
        Optional<Gaz> media = first(start, end, EntryKind.MEDIA);
        if (media.isPresent()) {
            return Optional.of(media((MediaOutlet) media.get().entry()));
        }
        for (int i = start; i < end; i++) {
            if (MEDIA_WORDS.contains(lemma(i)) && hasProperNoun(start, i) && !namesBody(i)) {
                int s = i;
                while (s > start && (tokens.get(s - 1).tag().startsWith("NNP") || tokens.get(s - 1).tag().equals("HYPH")
                        || tokens.get(s - 1).tag().equals("CD") || tokens.get(s - 1).tag().equals("JJ"))) {
                    s--;
                }
                String name = text(s, i + 1);
                return Optional.of(new Actor("media:" + slug(name), name, ActorKind.MEDIA, null, null, null));
            }
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- helpers

    private boolean isQuoted(int token) {
        int offset = tokens.get(token).beginPosition();
        return quoted.stream().anyMatch(q -> offset >= q[0] && offset < q[1]);
    }

    /** Whether token i sits in a place/destination phrase opened after {@code from}: "ambassador [to Israel]". */
    private boolean insidePlacePhrase(int from, int i) {
        for (int j = i - 1; j >= from; j--) {
            String w = word(j).toLowerCase(Locale.ROOT);
            if (w.equals(",") || tokens.get(j).tag().startsWith("VB")) {
                return false;
            }
            if (PLACE_PREPOSITIONS.contains(w) && (tokens.get(j).tag().equals("IN") || tokens.get(j).tag().equals("TO"))) {
                return true;
            }
        }
        return false;
    }

    private Optional<Gaz> first(int start, int end, EntryKind kind) {
        return gazetteer.stream().filter(g -> g.start() >= start && g.end() <= end && g.kind() == kind).findFirst();
    }

    private static boolean isStateKind(EntryKind kind) {
        return kind == EntryKind.COUNTRY || kind == EntryKind.DEMONYM || kind == EntryKind.PLACE;
    }

    private boolean hasProperNoun(int start, int end) {
        for (int i = start; i < end; i++) {
            if (tokens.get(i).tag().startsWith("NNP")) {
                return true;
            }
        }
        return false;
    }

    private boolean sameSentence(int a, int b) {
        return sentenceOf[a] == sentenceOf[b];
    }

    private String word(int i) {
        return tokens.get(i).originalText();
    }

    private String lemma(int i) {
        String lemma = tokens.get(i).lemma();
        return lemma == null ? word(i).toLowerCase(Locale.ROOT) : lemma.toLowerCase(Locale.ROOT);
    }

    /** The original text of tokens [start, end). */
    public String text(int start, int end) {
        if (start >= end) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(tokens.get(i - 1).after());
            }
            sb.append(tokens.get(i).originalText());
        }
        return sb.toString().replaceAll("[\\s\\u00A0]+", " ");
    }

    public static Actor state(Country c) {
        return new Actor("gov:" + c.iso3(), c.name(), ActorKind.GOVERNMENT, c.iso3(), null, null);
    }

    public static Actor organization(Organization o) {
        return new Actor("org:" + o.code(), o.name(), ActorKind.ORGANIZATION, o.side(), null, null);
    }

    public static Actor media(MediaOutlet m) {
        return new Actor("media:" + slug(m.name()), m.name(), ActorKind.MEDIA, m.country(), null, null);
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            boolean minor = Set.of("of", "and", "for", "the").contains(w);
            sb.append(minor || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }
}
