package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.actors.ArticleActors.Resolved;
import dev.newsroom.extractor.kb.Country;
import dev.newsroom.extractor.kb.EntryKind;
import dev.newsroom.extractor.kb.Institution;
import dev.newsroom.extractor.kb.KnowledgeBase;
import dev.newsroom.extractor.kb.MediaOutlet;
import dev.newsroom.extractor.kb.Organization;
import dev.newsroom.extractor.kb.Role;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Step 3 of actor resolution, roles and pronouns: the actor a speaker phrase refers to, from a person it
 * names, a medium, an institution or organisation, a role ("the diplomat"), a pronoun, or a state. Each
 * resolution says how it was made.
 */
final class SpeakerResolver {

    private static final Set<String> MEDIA_WORDS = Set.of("newspaper", "daily", "agency", "broadcaster", "channel",
            "tv", "television", "radio", "outlet", "website", "magazine", "paper", "network", "station");
    private static final Set<String> INSTITUTION_WORDS =
            Set.of("ministry", "embassy", "mission", "office", "department", "service", "government");
    private static final Set<String> STATE_INSTITUTIONS = Set.of("government");
    private static final Set<String> STATEMENT_NOUNS = Set.of("statement", "communique", "communiqué");
    /** Role categories of officials who speak for a government. */
    private static final Set<String> STATE_ROLE_CATEGORIES = Set.of("spokesperson", "official", "minister",
            "head-of-government", "head-of-state", "legislator");
    /** Words that keep an unnamed official's state unstated on purpose: "a Western diplomat". */
    private static final Set<String> ANONYMOUS_ORIGINS = Set.of("western", "foreign", "international", "regional",
            "european", "arab", "african", "asian", "senior");
    /** A person's own staff: "his office", "her campaign". */
    private static final Set<String> PERSONAL_BODY_WORDS = Set.of("office", "camp", "aide", "team", "campaign", "spokesman",
            "spokeswoman", "spokesperson");

    private static final String LEADER = "leader";
    private static final Set<String> HEAD_CATEGORIES = Set.of("head-of-state", "head-of-government");

    private final KnowledgeBase kb;
    private final ArticleTokens tokens;
    private final KbMentions kbMentions;
    private final ArticlePersons persons;
    private final Sides sides;
    private final Titles titles;
    private final SpeakerHistory history;

    SpeakerResolver(KnowledgeBase kb, ArticleTokens tokens, KbMentions kbMentions, ArticlePersons persons, Sides sides,
                    Titles titles, SpeakerHistory history) {
        this.kb = kb;
        this.tokens = tokens;
        this.kbMentions = kbMentions;
        this.persons = persons;
        this.sides = sides;
        this.titles = titles;
        this.history = history;
    }

    Optional<Resolved> resolve(int start, int end, int head) {
        String headWord = tokens.lower(head);
        String headLemma = tokens.lemma(head);
        if (tokens.tag(head).startsWith("PRP")) {
            return pronoun(headWord, start);
        }
        Optional<PersonMention> named = persons.mentions().stream()
                .filter(m -> m.start() >= start && m.end() <= end && !tokens.insidePlacePhrase(start, m.start()))
                .findFirst()
                // "Russia's foreign ministry spokeswoman [Yelena Savchuk] told ...": a title the parse cut from its name
                .or(() -> titles.ofHead(start, end, head).isPresent() ? persons.mentions().stream()
                        .filter(m -> m.start() == end && tokens.sameSentence(m.start(), head)).findFirst() : Optional.empty());
        if (named.isPresent()) {
            Person p = named.get().person();
            if (p.side == null && named.get().start() > start && persons.describesPerson(start, named.get().start())) {
                p.side = sides.in(start, named.get().start()).orElse(null); // the title the parse gave the name
            }
            withContextSide(p, start);
            return person(p, "the person named '" + tokens.text(named.get().start(), named.get().end()) + "'");
        }
        Optional<KbMention> media = kbMentions.first(start, end, EntryKind.MEDIA);
        if (media.isPresent() && (media.get().start() <= head && head < media.get().end() || MEDIA_WORDS.contains(headLemma))) {
            MediaOutlet m = (MediaOutlet) media.get().entry();
            return Optional.of(new Resolved(KnownActors.media(m), true, "the medium '" + m.name() + "'", "the medium's country"));
        }
        if (MEDIA_WORDS.contains(headLemma) && tokens.hasProperNoun(start, end) && !kbMentions.namesBodyIn(start, end)) {
            Actor m = new Actor("media:" + KnownActors.slug(tokens.text(start, head)), tokens.text(start, head + 1),
                    ActorKind.MEDIA, null, null, null);
            return Optional.of(new Resolved(m, true, "a medium's name ending in '" + headWord + "'", null));
        }
        if (kbMentions.acronym(tokens.word(head)).isPresent() && kbMentions.at(head) == null) {
            Actor org = kbMentions.unknownOrganization(kbMentions.acronym(tokens.word(head)).get(), null);
            return found(org, "the acronym the article defines for " + org.name(), "an acronym of an armed movement");
        }
        if (PERSONAL_BODY_WORDS.contains(headLemma) && Set.of("his", "her").contains(tokens.lower(start))) {
            // "His office said ...": the person's own staff speak for the person
            Optional<Person> person = persons.nearest(start);
            if (person.isPresent()) {
                return person(person.get(), "'" + tokens.text(start, end) + "': the staff of the person named last");
            }
        }
        if (end - start <= 2 && INSTITUTION_WORDS.contains(headLemma)) {
            Optional<Resolved> previous = previousInstitution(headLemma, start);
            if (previous.isPresent()) {
                return previous;
            }
        }
        Optional<Resolved> apposed = apposedOrganization(start, end);
        if (apposed.isPresent()) {
            return apposed;
        }
        Optional<KbMention> institution = apposedInstitution(start, end)
                .or(() -> kbMentions.first(start, end, EntryKind.INSTITUTION))
                .filter(g -> !tokens.insidePlacePhrase(start, g.start()));
        if (institution.isPresent()) {
            return Optional.of(institution((Institution) institution.get().entry(), start, end));
        }
        if (INSTITUTION_WORDS.contains(headLemma) || STATEMENT_NOUNS.contains(headLemma)) {
            Optional<Actor> previous = history.last(a -> a.kind() != ActorKind.PERSON && a.kind() != ActorKind.UNNAMED
                    && (STATEMENT_NOUNS.contains(headLemma) || a.name().toLowerCase(Locale.ROOT).contains(headLemma)));
            if (previous.isPresent()) {
                return found(previous.get(), "'" + tokens.text(start, end) + "': the body that spoke before", "that body's side");
            }
        }
        int core = beforeApposition(start, end, head);
        if (core - start <= 3 && KbMentions.ORG_NOUNS.contains(headLemma) && !tokens.tag(head).startsWith("NNP")
                && !tokens.hasProperNoun(start, core)) {
            // "the group", "the rebel group, a mostly Tutsi movement,": the organisation named before
            Optional<Actor> org = kbMentions.definiteOrganization(headLemma, start);
            if (org.isPresent()) {
                return found(org.get(), "'" + tokens.text(start, end) + "': the organisation of that kind named before",
                        "the organisation's side");
            }
        }
        Optional<Role> role = titles.ofHead(start, end, head);
        if (role.isPresent()) {
            return Optional.of(roleHolder(role.get(), start, end, head));
        }
        if ("ORGANIZATION".equals(tokens.ner(head)) && kbMentions.at(head) == null) {
            return Optional.of(unknownOrganization(start, end, head));
        }
        // the state is the head, modifies it or stands in an apposition to it ("the Saudi government", "X, the Welsh
        // first minister"), not in a complement after it ("opponents of admitting Syrian refugees")
        Optional<KbMention> state = kbMentions.all().stream().filter(g -> g.start() >= start && g.end() <= end
                && !complementAfterHead(head, g.start()) && g.namesState() && !tokens.insidePlacePhrase(start, g.start()))
                .findFirst();
        if (state.isPresent()) {
            return found(kbMentions.stateAsNamed(state.get()), "the state named '" + tokens.text(state.get().start(),
                    state.get().end()) + "'", "the state itself");
        }
        Optional<KbMention> org = kbMentions.first(start, end, EntryKind.ORGANIZATION);
        if (org.isPresent()) {
            return found(KnownActors.organization((Organization) org.get().entry()), "the organisation named '"
                    + tokens.text(org.get().start(), org.get().end()) + "'", "the organisation's own code");
        }
        return Optional.empty();
    }

    /** The end of a phrase's head noun phrase before an apposition set off by a comma: "the group, a ... movement". */
    private int beforeApposition(int start, int end, int head) {
        for (int t = head + 1; t < end; t++) {
            if (tokens.word(t).equals(",")) {
                return t;
            }
        }
        return end;
    }

    /**
     * "Mr Store's spokesman", "the ministry's spokeswoman": the staff member of a possessor [possessorStart, start)
     * is resolved from their own words [start, end); an unnamed one speaks for the possessor's side.
     */
    Optional<Resolved> staff(int possessorStart, int start, int end, int head) {
        Optional<Role> role = titles.ofHead(start, end, head);
        Optional<PersonMention> possessor = persons.mentions().stream()
                .filter(m -> m.start() >= possessorStart && m.end() <= start).findFirst();
        boolean named = persons.mentions().stream().anyMatch(m -> m.start() >= start && m.end() <= end + 1);
        if (role.isEmpty() || possessor.isEmpty() || named) {
            // "Russia's ambassador" may be the ambassador the article names; "X's spokeswoman, Ann Lee," names her
            return possessor.isEmpty() ? ownedBy(sides.in(possessorStart, start), resolve(start, end, head))
                    : resolve(start, end, head);
        }
        // a person's unnamed spokesman or aide: never another person the article names
        Optional<Side> owner = possessor
                .flatMap(m -> {
                    withContextSide(m.person(), m.start());
                    return Optional.ofNullable(m.person().side).map(side -> new Side(side.code(), "the side of '"
                            + tokens.text(m.start(), m.end()) + "', whose " + role.get().role() + " spoke"));
                })
                .or(() -> sides.in(start, end));
        String code = owner.map(Side::code).orElse(null);
        Actor staff = new Actor("unnamed:" + (code == null ? "" : code + ":") + KnownActors.slug(role.get().role()),
                tokens.text(start, end).replaceFirst("(?i)^(the|a|an)\\s+", ""), ActorKind.UNNAMED, code,
                role.get().role(), code);
        return Optional.of(new Resolved(staff, false, "the unnamed " + role.get().role() + " of '"
                + tokens.text(possessorStart, start).replaceFirst("['’]s$", "").strip() + "'",
                owner.map(Side::evidence).orElse(null)));
    }

    /** An unnamed role holder resolved from its own words takes the side of the body whose staff it is. */
    private static Optional<Resolved> ownedBy(Optional<Side> owner, Optional<Resolved> r) {
        if (owner.isEmpty() || r.isEmpty() || r.get().actor().kind() != ActorKind.UNNAMED || r.get().actor().role() == null
                || owner.get().code().equals(r.get().actor().side())) {
            return r;
        }
        Actor a = r.get().actor();
        String code = owner.get().code();
        return Optional.of(new Resolved(new Actor("unnamed:" + code + ":" + KnownActors.slug(a.role()), a.name(),
                ActorKind.UNNAMED, code, a.role(), code), false, r.get().speakerEvidence(), owner.get().evidence()));
    }

    /**
     * The side of a person whose own titles and appositions gave none (ArticlePersons), when a title makes
     * them an official of a state: the government that spoke before, or the state of a domestic article.
     */
    private void withContextSide(Person p, int at) {
        if (p.side == null && ArticlePersons.servesState(p)) {
            p.side = sides.governmentContext(at, p.roleCategory).orElse(null);
        }
    }

    /** Whether a preposition stands between a phrase's head and token {@code at} after it. */
    private boolean complementAfterHead(int head, int at) {
        for (int i = head + 1; i < at; i++) {
            if (tokens.tag(i).equals("IN") || tokens.tag(i).equals("TO")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Resolved> found(Actor actor, String speakerEvidence, String sideEvidence) {
        return Optional.of(new Resolved(actor, false, speakerEvidence, actor.side() == null ? null : sideEvidence));
    }

    private static Optional<Resolved> person(Person p, String evidence) {
        return Optional.of(new Resolved(p.actor(), false, evidence, p.side == null ? null : p.side.evidence()));
    }

    /** An organisation the knowledge base does not know: its NER words, the side its phrase states. */
    private Resolved unknownOrganization(int start, int end, int head) {
        int s = head;
        int e = head + 1;
        while (s > start && "ORGANIZATION".equals(tokens.ner(s - 1))) {
            s--;
        }
        while (e < end && "ORGANIZATION".equals(tokens.ner(e))) {
            e++;
        }
        String name = kbMentions.expandAcronym(tokens.text(s, e));
        Optional<Side> side = sides.in(start, end);
        Actor org = kbMentions.unknownOrganization(name, side.map(Side::code).orElse(null));
        return new Resolved(org, false, "an organisation NER names: '" + name + "'",
                side.map(Side::evidence).orElse(org.side() == null ? null : "its acronym"));
    }

    /** A named institution in apposition ("the army's press wing, the X Directorate"): the speaker's own name. */
    private Optional<KbMention> apposedInstitution(int start, int end) {
        return kbMentions.all().stream().filter(g -> g.start() > start && g.end() <= end && g.kind() == EntryKind.INSTITUTION
                && tokens.word(g.start() - 1).equals(",") && ((Institution) g.entry()).country() != null).findFirst();
    }

    /**
     * "Pakistan's military media wing, Inter-Services Public Relations (ISPR)": a body's own name in
     * apposition names the speaker more exactly than its description; the description gives its side.
     */
    private Optional<Resolved> apposedOrganization(int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (tokens.word(i - 1).equals(",") && "ORGANIZATION".equals(tokens.ner(i)) && kbMentions.at(i) == null) {
                int e = i;
                while (e < end && "ORGANIZATION".equals(tokens.ner(e)) && kbMentions.at(e) == null) {
                    e++;
                }
                String name = kbMentions.expandAcronym(tokens.text(i, e));
                Optional<Side> side = sides.in(start, i - 1);
                return Optional.of(new Resolved(kbMentions.unknownOrganization(name, side.map(Side::code).orElse(null)),
                        false, "a body's own name in apposition: '" + name + "'", side.map(Side::evidence).orElse(null)));
            }
        }
        return Optional.empty();
    }

    private Resolved institution(Institution institution, int start, int end) {
        Optional<Side> side = sides.in(start, end);
        if (side.isEmpty() && institution.country() != null) {
            side = Optional.of(new Side(institution.country(), "the state of the " + institution.canonical()));
        }
        if (side.isEmpty()) {
            String canonical = institution.canonical().toLowerCase(Locale.ROOT);
            side = history.last(a -> a.name().toLowerCase(Locale.ROOT).endsWith(canonical))
                    .filter(a -> a.side() != null).map(a -> new Side(a.side(), "the " + canonical + " that spoke before"))
                    .or(() -> history.last(a -> a.kind() == ActorKind.GOVERNMENT).filter(a -> a.side() != null)
                            .map(a -> new Side(a.side(), "the government that spoke before")))
                    .or(sides::firstState);
        }
        Actor actor = institution(institution, side.map(Side::code).orElse(null));
        return new Resolved(actor, false, "the institution '" + tokens.text(start, end) + "'",
                side.map(Side::evidence).orElse(null));
    }

    private Actor institution(Institution institution, String sideCode) {
        Optional<String> side = Optional.ofNullable(sideCode);
        Optional<Country> country = side.flatMap(kb::countryByCode);
        if (STATE_INSTITUTIONS.contains(institution.canonical().toLowerCase(Locale.ROOT)) && country.isPresent()) {
            return KnownActors.state(country.get());
        }
        String name = KnownActors.titleCase(institution.canonical());
        String code = side.orElse(null);
        String prefix = country.map(c -> c.demonyms().isEmpty() ? c.name() : c.demonyms().get(0)).orElse("");
        return new Actor("gov:" + (code == null ? "" : code + ":") + KnownActors.slug(institution.canonical()),
                (prefix + " " + name).strip(), institution.kind(), code, null, code);
    }

    /**
     * "the ministry", "the embassy": the nearest institution named before whose name has that word, with
     * the side its own phrase states ("the Peruvian Ministry of Foreign Affairs").
     */
    private Optional<Resolved> previousInstitution(String word, int before) {
        List<KbMention> all = kbMentions.all();
        for (int i = all.size() - 1; i >= 0; i--) {
            KbMention g = all.get(i);
            if (g.start() >= before || g.kind() != EntryKind.INSTITUTION
                    || !((Institution) g.entry()).canonical().toLowerCase(Locale.ROOT).contains(word)) {
                continue;
            }
            int from = g.start();
            while (from > 0 && tokens.sameSentence(from - 1, g.start()) && tokens.isTitleToken(from - 1)) {
                from--;
            }
            int to = Math.min(tokens.sentenceStart(tokens.sentenceOf(g.start()) + 1), g.end() + 3);
            Optional<Side> side = sides.in(from, g.end())
                    .or(() -> tokens.word(g.end()).equalsIgnoreCase("of") ? sides.in(g.end(), to) : Optional.empty());
            if (side.isPresent()) {
                return Optional.of(new Resolved(institution((Institution) g.entry(), side.get().code()), false,
                        "'the " + word + "': the institution named before, '" + tokens.text(from, g.end()) + "'",
                        side.get().evidence()));
            }
        }
        return Optional.empty();
    }

    private Optional<Resolved> pronoun(String word, int at) {
        return switch (word) {
            case "he", "she", "him", "her" -> personPronoun(word, at);
            case "it", "its" -> recentBody(at).or(() -> kbMentions.nearestStateOrOrganization(at))
                    .flatMap(a -> found(a, "'" + word + "': the body named or speaking last", "that body's side"));
            default -> Optional.empty();
        };
    }

    /**
     * "he", "she": the person named last whose gender does not contradict the pronoun's, or an unnamed
     * official who spoke more recently ("The diplomat said ... He added ..."); none when no one fits, so
     * the pronoun stays an unnamed speaker rather than a guess.
     */
    private Optional<Resolved> personPronoun(String word, int at) {
        Genders.Gender gender = word.startsWith("s") || word.equals("her") ? Genders.Gender.FEMALE : Genders.Gender.MALE;
        Optional<PersonMention> named = persons.nearestMention(at, gender);
        Optional<SpeakerHistory.Named> unnamed = history.latestFirst().stream()
                .filter(e -> e.token() < at && tokens.sentenceOf(at) - tokens.sentenceOf(e.token()) <= 2)
                .findFirst()
                .filter(e -> singleUnnamedOfficial(e.actor(), gender));
        if (unnamed.isPresent() && (named.isEmpty()
                || tokens.sentenceOf(unnamed.get().token()) > tokens.sentenceOf(named.get().start()))) {
            return found(unnamed.get().actor(), "'" + word + "': the unnamed " + unnamed.get().actor().name()
                    + " who spoke last", "that speaker's side");
        }
        named.ifPresent(m -> withContextSide(m.person(), m.start()));
        return named.flatMap(m -> person(m.person(), "'" + word + "': the person named last"
                + (m.person().gender == null ? "" : " of that gender")));
    }

    /** An unnamed role holder ("the diplomat"), one person whose title does not contradict {@code gender}. */
    private boolean singleUnnamedOfficial(Actor actor, Genders.Gender gender) {
        if (actor.kind() != ActorKind.UNNAMED || actor.role() == null || actor.id().contains(":person-")) {
            return false;
        }
        String[] words = actor.name().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1];
        boolean plural = head.endsWith("men") || head.endsWith("s") && !head.endsWith("ss");
        return !plural && java.util.Arrays.stream(words).map(w -> persons.genders().ofWord(w))
                .flatMap(Optional::stream).allMatch(g -> g == gender);
    }

    /** "The ministry rejected the claim. It said ...": the body that spoke in this or the previous sentence. */
    private Optional<Actor> recentBody(int at) {
        List<SpeakerHistory.Named> recent = history.latestFirst().stream()
                .filter(e -> e.token() < at && tokens.sentenceOf(at) - tokens.sentenceOf(e.token()) <= 1).toList();
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        int sentence = tokens.sentenceOf(recent.get(0).token());
        // "The ministry said ..., after Israel summoned .... “...,” it said.": in the sentence before, the body of
        // the main clause, named first, rather than one of a clause after it
        SpeakerHistory.Named e = sentence == tokens.sentenceOf(at) ? recent.get(0) : recent.stream()
                .filter(x -> tokens.sentenceOf(x.token()) == sentence)
                .min(java.util.Comparator.comparingInt(SpeakerHistory.Named::token)).orElseThrow();
        ActorKind kind = e.actor().kind();
        return kind == ActorKind.GOVERNMENT || kind == ActorKind.ORGANIZATION ? Optional.of(e.actor()) : Optional.empty();
    }

    private Resolved roleHolder(Role role, int start, int end, int head) {
        Optional<Side> side = sides.in(start, end).or(() -> sides.partyIn(start, end));
        String first = tokens.lower(start);
        boolean unnamed = first.equals("a") || first.equals("an") || first.equals("some") || first.equals("several")
                || tokens.tag(head).endsWith("S") && !first.equals("the");
        if (!unnamed) {
            Optional<Side> stated = side;
            Optional<SpeakerHistory.Named> spoke = history.latestFirst().stream()
                    .filter(e -> e.token() < start && tokens.sentenceOf(start) - tokens.sentenceOf(e.token()) <= 2)
                    .findFirst()
                    .filter(e -> e.actor().kind() == ActorKind.UNNAMED && role.role().equals(e.actor().role())
                            && (stated.isEmpty() || stated.get().code().equals(e.actor().side())));
            if (spoke.isPresent() && persons.nearest(start).filter(p -> role.category().equals(p.roleCategory)).isEmpty()) {
                // "A French diplomat spoke of a crisis. The diplomat said ...": the unnamed one who spoke just before
                Actor a = spoke.get().actor();
                return new Resolved(a, false, "'" + tokens.text(start, end) + "': the unnamed " + role.role()
                        + " who spoke just before", a.side() == null ? null : "that speaker's side");
            }
            Optional<Person> holder = compatiblePerson(role, side.map(Side::code).orElse(null), start);
            if (holder.isPresent()) {
                Person p = holder.get();
                if (p.side == null && side.isPresent()) {
                    p.side = side.get();
                }
                return new Resolved(p.actor(), false, "'" + tokens.text(start, end) + "': the " + role.category()
                        + " named nearest", p.side == null ? null : p.side.evidence());
            }
        }
        String name = tokens.text(start, end).replaceFirst("(?i)^(the|a|an|some|several)\\s+", "");
        if (side.isEmpty() && !unnamed) {
            side = earlierHolderSide(role, start);
        }
        if (side.isEmpty() && STATE_ROLE_CATEGORIES.contains(role.category())
                && !tokens.hasAnyWord(start, end, ANONYMOUS_ORIGINS)) {
            // "Downing Street hit back. A spokesperson for the prime minister said ...": the government that spoke
            side = sides.governmentContext(start, role.category());
        }
        String sideCode = side.map(Side::code).orElse(null);
        Actor actor = new Actor("unnamed:" + (sideCode == null ? "" : sideCode + ":") + KnownActors.slug(role.role()),
                name, ActorKind.UNNAMED, sideCode, role.role(), sideCode);
        return new Resolved(actor, false, "an unnamed " + role.role(), side.map(Side::evidence).orElse(null));
    }

    /**
     * "A French diplomat spoke of a crisis. The diplomat said ...": the side the description of the same role
     * stated within the two sentences before.
     */
    private Optional<Side> earlierHolderSide(Role role, int at) {
        List<KbMention> all = kbMentions.all();
        for (int k = all.size() - 1; k >= 0; k--) {
            KbMention g = all.get(k);
            if (g.start() >= at || g.kind() != EntryKind.ROLE || !((Role) g.entry()).role().equals(role.role())) {
                continue;
            }
            if (tokens.sentenceOf(at) - tokens.sentenceOf(g.start()) > 2) {
                return Optional.empty();
            }
            int from = g.start();
            while (from > 0 && tokens.sameSentence(from - 1, g.start()) && tokens.isTitleToken(from - 1)
                    && !tokens.isPreposition(from - 1)) {
                from--;
            }
            String described = tokens.text(from, g.end());
            return sides.in(from, g.end()).map(s -> new Side(s.code(), "the " + role.role() + " described before as '"
                    + described + "'"));
        }
        return Optional.empty();
    }

    /** The nearest person named before {@code at} (or, failing that, after it) who could hold the role. */
    private Optional<Person> compatiblePerson(Role role, String side, int at) {
        List<PersonMention> before = persons.mentions().stream().filter(m -> m.start() < at).toList();
        List<PersonMention> after = persons.mentions().stream().filter(m -> m.start() >= at).toList();
        if (role.role().equals(LEADER) && side != null) {
            // "the Chilean leader": the head of state or government of that side the article names
            List<PersonMention> nearestFirst = new ArrayList<>(before);
            Collections.reverse(nearestFirst);
            nearestFirst.addAll(after);
            for (PersonMention m : nearestFirst) {
                Person p = m.person();
                if (p.side != null && side.equals(p.side.code()) && HEAD_CATEGORIES.contains(p.roleCategory)) {
                    return Optional.of(p);
                }
            }
        }
        for (boolean sameCategoryOnly : new boolean[] {true, false}) {
            for (int i = before.size() - 1; i >= 0; i--) {
                Person p = before.get(i).person();
                if (compatible(p, role, side, sameCategoryOnly) && (sameCategoryOnly || near(before.get(i), at))) {
                    return Optional.of(p);
                }
            }
            for (PersonMention m : after) {
                if (compatible(m.person(), role, side, sameCategoryOnly) && (sameCategoryOnly || near(m, at))) {
                    return Optional.of(m.person());
                }
            }
        }
        return Optional.empty();
    }

    /** A person without a title may be the role's holder only when named in the same or the previous two sentences. */
    private boolean near(PersonMention m, int at) {
        return Math.abs(tokens.sentenceOf(at) - tokens.sentenceOf(m.start())) <= 2;
    }

    private static boolean compatible(Person p, Role role, String side, boolean sameCategoryOnly) {
        boolean sideOk = side == null || p.side == null || side.equals(p.side.code());
        boolean categoryOk = sameCategoryOnly
                ? role.category().equals(p.roleCategory) || p.knownCategories.contains(role.category())
                : p.roleCategory == null;
        return sideOk && categoryOk;
    }
}
