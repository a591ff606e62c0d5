package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.EntryKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Step 2 of actor resolution, linking names: the persons of one article from NER, one per person (a
 * surname alone or a surname-first name is the person named in full), with the side and role their own
 * titles and appositions give them ("Belarusian Deputy Foreign Minister X", "X, Chile's ambassador").
 */
final class ArticlePersons {

    /** Words of a title that tie a person to a private body rather than a state. */
    private static final Set<String> PRIVATE_BODY_WORDS = Set.of("union", "company", "firm", "corporation",
            "association", "confederation", "commerce", "group", "club", "charity", "campaign", "university",
            "institute", "ngo");
    /** Verbs of a relative clause naming the body a person leads: "who chairs the panel". */
    private static final Set<String> LEADING_VERBS = Set.of("chair", "head", "lead", "direct", "run", "represent");
    private static final Set<String> PRIVATE_ROLE_CATEGORIES = Set.of("expert", "journalist");
    private static final Set<String> PRIVATE_ROLES = Set.of("executive", "lawyer", "activist", "witness", "source",
            "hostage", "militant", "cleric");

    private final ArticleTokens tokens;
    private final KbMentions kbMentions;
    private final PersonKnowledge knowledge;
    private final OptionalInt year;
    private final Sides sides;
    private final Titles titles;
    private final List<PersonMention> mentions = new ArrayList<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();

    ArticlePersons(ArticleTokens tokens, KbMentions kbMentions, Sides sides, Titles titles, PersonKnowledge knowledge,
                   OptionalInt year) {
        this.tokens = tokens;
        this.kbMentions = kbMentions;
        this.sides = sides;
        this.titles = titles;
        this.knowledge = knowledge;
        this.year = year;
        findPersons();
        addSurnameMentions();
        renameKnownAs();
        linkKnowledge();
    }

    List<PersonMention> mentions() {
        return mentions;
    }

    Genders genders() {
        return knowledge.genders();
    }

    private void findPersons() {
        Set<String> lowerCaseWords = new java.util.HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.word(i).chars().allMatch(Character::isLowerCase)) {
                lowerCaseWords.add(tokens.word(i));
            }
        }
        List<int[]> runs = personRuns();
        Set<String> spans = new java.util.HashSet<>();
        for (int[] run : runs) {
            spans.add(tokens.text(run[0], run[1]));
        }
        for (int[] run : runs) {
            int start = run[0];
            int end = run[1];
            int from = start;
            int tail = knownNameEnding(start, end, spans);
            if (tail > start) {
                // "Lena Ortiz Sent Mark Dalton": a headline span ending in a name the article gives on its own
                addPerson(start, tail);
                addPerson(tail, end);
                continue;
            }
            for (int j = start + 1; j < end - 1; j++) {
                if (isCapitalisedCommonWord(j, lowerCaseWords)) {
                    addPerson(from, j); // "Ortiz Sent Mark Dalton A Message": a title-case headline's verb parts two names
                    from = j + 1;
                }
            }
            addPerson(from, end);
        }
    }

    /** The runs of PERSON-tagged tokens within a sentence, as [start, end) token offsets. */
    private List<int[]> personRuns() {
        List<int[]> runs = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            if (!isPersonToken(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && isPersonToken(i) && tokens.sameSentence(i, start)) {
                i++;
            }
            runs.add(new int[] {start, i});
        }
        return runs;
    }

    /**
     * Where a span of four or more words ends in a name of two words or more that the article also gives as a
     * name span of its own; {@code start} when it does not.
     */
    private int knownNameEnding(int start, int end, Set<String> spans) {
        for (int t = start + 2; end - start >= 4 && t <= end - 2; t++) {
            if (spans.contains(tokens.text(t, end))) {
                return t;
            }
        }
        return start;
    }

    /** A capitalised word inside a name span that the article also writes in lower case: a word, not a name. */
    private boolean isCapitalisedCommonWord(int i, Set<String> lowerCaseWords) {
        String w = tokens.word(i);
        return w.length() > 2 && Character.isUpperCase(w.charAt(0)) && w.substring(1).chars().allMatch(Character::isLowerCase)
                && lowerCaseWords.contains(w.toLowerCase(java.util.Locale.ROOT)) && !PersonNames.isParticle(w);
    }

    private boolean isPersonToken(int i) {
        if (!"PERSON".equals(tokens.ner(i))) {
            return false;
        }
        KbMention g = kbMentions.at(i);
        return g == null || g.kind() == EntryKind.ROLE;
    }

    private void addPerson(int start, int end) {
        int spanStart = start;
        while (start < end && PersonNames.isNotAName(tokens.word(start))) {
            start++; // "Mr", "Sen." tagged as part of the name
        }
        if (start == end || isAcronym(start, end)) {
            return;
        }
        String name = tokens.text(start, end);
        List<String> keys = PersonNames.keys(name);
        if (keys.isEmpty()) {
            return;
        }
        String suffix = PersonNames.suffix(name).orElse(null);
        Person person = findPerson(keys, suffix).orElseGet(() -> {
            Person p = new Person(keys, suffix, name);
            persons.put(p.id(), p);
            return p;
        });
        if (keys.equals(person.keys) && !name.equals(person.name) && person.keys.size() == 2 && name.split(" ").length == 2) {
            person.name = name; // the everyday form replaced a formal one
        } else if (name.length() > person.name.length() && (keys.equals(person.keys) || extendsName(keys, person.keys))) {
            person.name = name;
        }
        describe(person, spanStart, end); // "Dr. X": the honorific belongs to the title before the name
        if (person.gender == null || person.genderFromFirstName) {
            Optional<Genders.Gender> titled = titleGender(Math.min(spanStart, start), start);
            if (titled.isPresent()) {
                person.gender = titled.get();
                person.genderFromFirstName = false;
            } else if (person.gender == null && end - start >= 2) {
                person.gender = knowledge.genders().ofFirstName(tokens.word(start)).orElse(null);
                person.genderFromFirstName = person.gender != null;
            }
        }
        mentions.add(new PersonMention(start, end, person));
    }

    /**
     * "AUKUS", "NATO": one word in capitals in a sentence that is not itself in capitals is an acronym the NER
     * took for a name, not a person.
     */
    private boolean isAcronym(int start, int end) {
        String w = tokens.word(start);
        if (end - start != 1 || w.length() < 3 || !w.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        int sentence = tokens.sentenceOf(start);
        int letters = 0;
        int upper = 0;
        for (int t = tokens.sentenceStart(sentence); t < tokens.sentenceStart(sentence + 1); t++) {
            for (char c : tokens.word(t).toCharArray()) {
                letters += Character.isLetter(c) ? 1 : 0;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        return upper * 2 < letters;
    }

    /** The gender an honorific or title just before a name states: "Mrs Lee", "spokeswoman Ann Lee". */
    private Optional<Genders.Gender> titleGender(int spanStart, int start) {
        for (int i = start - 1; i >= 0 && start - i <= 4 && tokens.sameSentence(i, start)
                && (i >= spanStart || tokens.isTitleToken(i) || PersonNames.isNotAName(tokens.word(i))); i--) {
            Optional<Genders.Gender> g = knowledge.genders().ofWord(tokens.word(i));
            if (g.isPresent()) {
                return g;
            }
        }
        return Optional.empty();
    }

    /** The person of this article a name refers to: the same keys, or a surname alone matching a full name. */
    private Optional<Person> findPerson(List<String> keys, String suffix) {
        Person exact = persons.get(PersonNames.id(keys, suffix));
        if (exact != null) {
            return Optional.of(exact);
        }
        String surname = keys.get(keys.size() - 1);
        List<Person> sameSurname = persons.values().stream().filter(p -> p.surname().equals(surname)
                && (suffix == null || suffix.equals(p.suffix))
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
            boolean formalBefore = keys.size() == 2 && p.keys.size() > 2 && !p.keys.get(0).equals(keys.get(0));
            if (extendsName(keys, p.keys) || formalBefore) {
                // a fuller form, or the everyday form ("Jeb Bush") of a formal name given first ("John Ellis
                // Bush"): the id follows the form news use, so the person is one actor across articles
                persons.remove(p.id());
                Person full = p.renamed(keys);
                persons.put(full.id(), full);
                mentions.replaceAll(m -> m.person() == p ? new PersonMention(m.start(), m.end(), full) : m);
                return Optional.of(full);
            }
            return Optional.of(p);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code longer} is a fuller form of the name {@code keys}: the surname with a given name, or more
     * names around the same given name ("Paul D. Ryan" of "Paul Ryan"). Another given name ("John Ellis
     * Bush" of "Jeb Bush") is no fuller form: the person keeps the name the article gave first.
     */
    private static boolean extendsName(List<String> longer, List<String> keys) {
        if (longer.size() <= keys.size() || !longer.get(longer.size() - 1).equals(keys.get(keys.size() - 1))) {
            return false;
        }
        String given = keys.get(0);
        return keys.size() == 1 || longer.get(0).equals(given) || given.length() == 1 && longer.get(0).startsWith(given);
    }

    /** Whether {@code name} ends with all of {@code tail} ("Maria de la Cruz" ends with "de la Cruz"). */
    private static boolean endsWith(List<String> name, List<String> tail) {
        return tail.size() <= name.size() && name.subList(name.size() - tail.size(), name.size()).equals(tail);
    }

    /** Side and role from the title before a name and appositions around it. */
    private void describe(Person person, int start, int end) {
        List<int[]> windows = new ArrayList<>();
        int title = start;
        while (title > 0 && tokens.sameSentence(title - 1, start) && (tokens.isTitleToken(title - 1)
                || title > 1 && tokens.tag(title - 1).equals("DT") && Set.of("to", "of", "at").contains(tokens.lower(title - 2)))) {
            title--; // "Ambassador to the United Nations X": the article inside a title's place phrase
        }
        while (title < start && tokens.isPreposition(title)) {
            title++; // "called in Japanese Ambassador X": a verb's particle or preposition opens no title
        }
        if (title < start && tokens.isPreposition(start - 1)) {
            title = start; // "the Mexican repudiation of X": the name completes a noun, it has no title
        }
        windows.add(new int[] {title, start});
        if (title > 1 && tokens.word(title - 1).equals(",") && tokens.sameSentence(title - 2, start)) {
            // "Chile's ambassador, X", "an army spokesman, Colonel X"
            int np = title - 1;
            while (np > 0 && tokens.sameSentence(np - 1, start) && (tokens.isNounPhraseToken(np - 1)
                    || np > 1 && tokens.lower(np - 1).equals("and") && tokens.tag(np - 2).startsWith("NNP"))) {
                np--; // "Minister of Energy and Mines, X"
            }
            if (describesPerson(np, title - 1)) {
                windows.add(new int[] {np, title - 1});
            }
        }
        if (end < tokens.size() - 1 && tokens.word(end).equals(",") && tokens.sameSentence(end + 1, start)) {
            int np = end + 1;
            while (np < tokens.size() && tokens.sameSentence(np, start) && tokens.isNounPhraseToken(np)
                    && !tokens.word(np).equals(",")) {
                np++;
            }
            if (describesPerson(end + 1, np)) {
                windows.add(new int[] {end + 1, np});
            }
            // "former Mozambican president X, who chairs the AU panel": the body a person now leads comes first
            if (end + 3 < tokens.size() && tokens.word(end + 1).equalsIgnoreCase("who")
                    && LEADING_VERBS.contains(tokens.lemma(end + 2))) {
                int stop = end + 3;
                while (stop < tokens.size() && tokens.sameSentence(stop, start) && tokens.isNounPhraseToken(stop)) {
                    stop++;
                }
                if (windows.stream().anyMatch(w -> tokens.hasWord(w[0], w[1], "former"))) {
                    windows.add(0, new int[] {end + 3, stop});
                }
            }
        }
        if (end + 2 < tokens.size() && tokens.word(end).equals("(") && tokens.sameSentence(end + 2, start)) {
            int close = end + 1;
            while (close < tokens.size() && close - end < 6 && !tokens.word(close).equals(")")) {
                close++;
            }
            windows.add(new int[] {end + 1, close}); // "X (R-Texas)", "X (Labour)"
        }
        for (int[] w : windows) {
            if (person.side == null) {
                person.side = sides.in(w[0], w[1]).or(() -> sides.namedInstitution(w[0], w[1]))
                        .or(() -> sides.partyIn(w[0], w[1]))
                        .or(() -> tokens.text(w[0], w[1]).contains("Secretary-General")
                                ? Optional.of(new Side("UN", "the title 'Secretary-General'")) : Optional.empty())
                        .orElse(null);
            }
            person.privateTitle |= tokens.hasLemma(w[0], w[1], PRIVATE_BODY_WORDS);
            if (person.role == null) {
                titles.in(w[0], w[1]).ifPresent(r -> {
                    person.role = r.role();
                    person.roleCategory = r.category();
                });
            }
        }
    }

    /**
     * Whether a phrase beside a name in apposition describes the person: it names a role ("Chile's
     * ambassador, X", "X, a spokesman for the ministry") or the body the person speaks for ("For the
     * ministry, X"), and is no other preposed adverbial ("On ISIL, X said") ("In the
     * wake of the Paris attacks, X said"), whose states are the setting, not the person's side.
     */
    boolean describesPerson(int start, int end) {
        boolean speaksFor = tokens.lower(start).equals("for");
        if (start >= end || tokens.isPreposition(start) && !speaksFor) {
            return false; // "For the ministry, X argued": whom X speaks for; "In the wake of ..., X": the setting
        }
        return titles.namesRole(start, end) || speaksFor && kbMentions.all().stream().anyMatch(g -> g.start() >= start
                && g.end() <= end && (g.kind() == EntryKind.INSTITUTION || g.kind() == EntryKind.ORGANIZATION));
    }

    /**
     * "Cole told reporters": a capitalised word that is the surname of one person named in the article names
     * that person even where NER missed it.
     */
    private void addSurnameMentions() {
        for (int i = 0; i < tokens.size(); i++) {
            int at = i;
            if (!tokens.tag(i).startsWith("NNP") || kbMentions.at(i) != null
                    || mentions.stream().anyMatch(m -> m.start() <= at && at < m.end())) {
                continue;
            }
            List<String> keys = PersonNames.keys(tokens.word(i));
            if (keys.size() != 1) {
                continue;
            }
            List<Person> holders = persons.values().stream()
                    .filter(p -> p.keys.size() > 1 && p.surname().equals(keys.get(0))).toList();
            if (holders.size() == 1) {
                mentions.add(new PersonMention(i, i + 1, holders.get(0)));
            }
        }
    }

    /**
     * Links the persons to general knowledge of office-holders: a full name (or a one-word name the
     * knowledge has) gives its office and side, unless the text gave a side already; a surname alone names the
     * one office-holder of that surname whose state or body the article names, and becomes that full name.
     */
    private void linkKnowledge() {
        for (Person p : List.copyOf(persons.values())) {
            List<PersonKnowledge.Link> links = knowledge.byName(p.name, p.keys, year);
            if (links.isEmpty() && p.keys.size() == 1 && year.isPresent()) {
                // a surname alone names an office-holder only in an article of a known year: namesakes abound
                links = knowledge.bySurname(p.keys.get(0), year).stream()
                        .filter(l -> kbMentions.namesSide(l.holder().side())).toList();
            }
            if (links.isEmpty()) {
                continue;
            }
            PersonKnowledge.Link link = links.get(0);
            Person linked = p;
            if (!link.keys().equals(p.keys)) {
                Person existing = persons.get(PersonNames.id(link.keys(), p.suffix));
                linked = existing != null ? existing : p.renamed(link.keys());
                linked.name = link.holder().name();
                replace(p, linked);
            }
            linked.known = true;
            linked.knownCategories = link.offices().stream()
                    .map(o -> ROLE_CATEGORY_OF_OFFICE.getOrDefault(o, "official")).collect(java.util.stream.Collectors.toSet());
            if (linked.side == null) {
                linked.side = new Side(link.holder().side(), link.evidence());
            }
            if (linked.role == null) {
                linked.role = link.holder().office().replace('-', ' ');
                linked.roleCategory = ROLE_CATEGORY_OF_OFFICE.getOrDefault(link.holder().office(), "official");
            }
        }
    }

    /**
     * "Mr. Lowell, known as Chip", "John Ellis Lowell, known as Jeb": a person goes by the given name the article
     * says they are known as, so that their id is the one other articles, which use that name, give them.
     */
    private void renameKnownAs() {
        for (PersonMention m : List.copyOf(mentions)) {
            int at = m.end() < tokens.size() && tokens.word(m.end()).equals(",") ? m.end() + 1 : m.end();
            if (at + 2 >= tokens.size() || !tokens.sameSentence(at + 2, m.start())
                    || !tokens.lower(at).equals("known") || !tokens.lower(at + 1).equals("as")) {
                continue;
            }
            int nick = tokens.word(at + 2).matches("[`'‘“\"]+") ? at + 3 : at + 2;
            if (nick >= tokens.size() || !tokens.tag(nick).startsWith("NN") || !Character.isUpperCase(tokens.word(nick).charAt(0))
                    || nick + 1 < tokens.size() && tokens.tag(nick + 1).equals("NNP")) {
                continue; // one given name, not "known as Bush Senior" or a full name
            }
            Person p = m.person();
            String given = PersonNames.keys(tokens.word(nick)).get(0);
            if (p.keys.size() == 2 && p.keys.get(0).equals(given)) {
                continue;
            }
            Person renamed = persons.getOrDefault(PersonNames.id(List.of(given, p.surname()), p.suffix),
                    p.renamed(List.of(given, p.surname())));
            renamed.name = tokens.word(nick) + " " + p.name.substring(p.name.lastIndexOf(' ') + 1);
            replace(p, renamed);
        }
    }

    /** Puts {@code to} in the place of {@code from}: under its own id, and in every mention of {@code from}. */
    private void replace(Person from, Person to) {
        persons.remove(from.id());
        persons.put(to.id(), to);
        mentions.replaceAll(m -> m.person() == from ? new PersonMention(m.start(), m.end(), to) : m);
    }

    private static final Map<String, String> ROLE_CATEGORY_OF_OFFICE = Map.of("head-of-state", "head-of-state",
            "head-of-government", "head-of-government", "foreign-minister", "minister", "defence-minister", "minister",
            "other-minister", "minister", "international-leader", "official");

    /** Whether a person's title makes them an official of some state (not a company, union or observer). */
    static boolean servesState(Person p) {
        return p.role != null && !p.privateTitle && !PRIVATE_ROLE_CATEGORIES.contains(p.roleCategory)
                && !PRIVATE_ROLES.contains(p.role);
    }

    /** The first person named in the nearest sentence before {@code at} (or earlier in its own sentence). */
    Optional<Person> nearest(int at) {
        return nearestMention(at, null).map(PersonMention::person);
    }

    /**
     * The first mention, in the nearest sentence before {@code at} (or earlier in its own sentence), of a
     * person whose known gender is not other than {@code gender} (null: any person).
     */
    Optional<PersonMention> nearestMention(int at, Genders.Gender gender) {
        PersonMention best = null;
        for (PersonMention m : mentions) {
            if (m.start() >= at || tokens.isQuoted(m.start()) || gender != null && m.person().gender != null
                    && m.person().gender != gender && !m.person().genderFromFirstName) {
                continue;
            }
            boolean nearer = best == null || tokens.sentenceOf(m.start()) > tokens.sentenceOf(best.start());
            // a first name is only a likelihood: in one sentence it prefers the person whose name fits
            boolean fitsBetter = !nearer && tokens.sentenceOf(m.start()) == tokens.sentenceOf(best.start())
                    && gender != null && best.person().gender != null && best.person().gender != gender
                    && (m.person().gender == null || m.person().gender == gender);
            if (nearer || fitsBetter) {
                best = m;
            }
        }
        return Optional.ofNullable(best).filter(m -> tokens.sentenceOf(at) - tokens.sentenceOf(m.start()) <= 6);
    }
}
