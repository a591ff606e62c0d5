package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.EntryKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Sides sides;
    private final Titles titles;
    private final List<PersonMention> mentions = new ArrayList<>();
    private final Map<String, Person> persons = new LinkedHashMap<>();

    ArticlePersons(ArticleTokens tokens, KbMentions kbMentions, Sides sides, Titles titles) {
        this.tokens = tokens;
        this.kbMentions = kbMentions;
        this.sides = sides;
        this.titles = titles;
        findPersons();
        addSurnameMentions();
    }

    List<PersonMention> mentions() {
        return mentions;
    }

    private void findPersons() {
        int i = 0;
        while (i < tokens.size()) {
            if (!isPersonToken(i)) {
                i++;
                continue;
            }
            int start = i;
            while (i < tokens.size() && isPersonToken(i) && tokens.sameSentence(i, start)) {
                i++;
            }
            addPerson(start, i);
        }
    }

    private boolean isPersonToken(int i) {
        if (!"PERSON".equals(tokens.ner(i))) {
            return false;
        }
        KbMention g = kbMentions.at(i);
        return g == null || g.kind() == EntryKind.ROLE;
    }

    private void addPerson(int start, int end) {
        String name = tokens.text(start, end);
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
        mentions.add(new PersonMention(start, end, person));
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
                Person full = p.renamed(keys);
                persons.put(full.id(), full);
                mentions.replaceAll(m -> m.person() == p ? new PersonMention(m.start(), m.end(), full) : m);
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
        while (title > 0 && tokens.sameSentence(title - 1, start) && tokens.isTitleToken(title - 1)) {
            title--;
        }
        windows.add(new int[] {title, start});
        if (start > 1 && tokens.word(start - 1).equals(",") && tokens.sameSentence(start - 2, start)) {
            int np = start - 1;
            while (np > 0 && tokens.sameSentence(np - 1, start) && tokens.isNounPhraseToken(np - 1)) {
                np--;
            }
            windows.add(new int[] {np, start - 1});
        }
        if (end < tokens.size() - 1 && tokens.word(end).equals(",") && tokens.sameSentence(end + 1, start)) {
            int np = end + 1;
            while (np < tokens.size() && tokens.sameSentence(np, start) && tokens.isNounPhraseToken(np)
                    && !tokens.word(np).equals(",")) {
                np++;
            }
            windows.add(new int[] {end + 1, np});
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
        for (int[] w : windows) {
            if (person.side == null) {
                person.side = sides.in(w[0], w[1]).or(() -> sides.namedInstitution(w[0], w[1]))
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

    /** Whether a person's title makes them an official of some state (not a company, union or observer). */
    static boolean servesState(Person p) {
        return p.role != null && !p.privateTitle && !PRIVATE_ROLE_CATEGORIES.contains(p.roleCategory)
                && !PRIVATE_ROLES.contains(p.role);
    }

    /** The first person named in the nearest sentence before {@code at} (or earlier in its own sentence). */
    Optional<Person> nearest(int at) {
        PersonMention best = null;
        for (PersonMention m : mentions) {
            if (m.start() >= at || tokens.isQuoted(m.start())) {
                continue;
            }
            if (best == null || tokens.sentenceOf(m.start()) > tokens.sentenceOf(best.start())) {
                best = m;
            }
        }
        return Optional.ofNullable(best).filter(m -> tokens.sentenceOf(at) - tokens.sentenceOf(m.start()) <= 6)
                .map(PersonMention::person);
    }
}
