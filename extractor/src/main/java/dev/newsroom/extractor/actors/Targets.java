package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.Country;
import dev.newsroom.extractor.kb.EntryKind;
import dev.newsroom.extractor.kb.Organization;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The targets of an article's statements: the actors a statement is directed at or about. The addressee or
 * object of the cue ("urged Ruritania to ...", "accused X of ..."), and in the content the states and
 * organisations that act or are acted upon: the subject that opens it, a possessive or a demonym naming a
 * state's agents ("Pakistani troops"), the object of "against", "over", "about", "on", "toward". A state named
 * only as a place ("in Ruritania", "a rally in Cleveland"), a city that is not its seat of government, or a
 * country name used as a modifier ("the Libya intervention") is no target. A statement naming none continues
 * the targets of the same speaker's statement a few sentences before.
 */
final class Targets {

    /** Prepositions after which a state is where something happens, not whom a statement is about. */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "near", "across", "throughout", "inside",
            "outside", "within", "into", "via", "through", "around");
    /** Nouns after which "to" a state names a destination: "a trip to Ruritania". */
    private static final Set<String> MOTION_NOUNS = Set.of("trip", "visit", "travel", "journey", "flight", "tour",
            "return", "way", "mission", "move", "deployment", "delegation");
    /** Envoys named with the state they are posted to: "its ambassador to Ruritania", "envoys in Ruritania". */
    private static final Set<String> POSTED = Set.of("ambassador", "envoy", "embassy", "diplomat", "consul", "consulate");
    /** Prepositions after which a state is what a statement is about. */
    private static final Set<String> ABOUT = Set.of("against", "over", "about", "on", "toward", "towards", "with",
            "between", "among");

    /** A measure "on" or "against" a state's goods, firms or people: "tariffs on Ruritanian goods". */
    private static final Set<String> MEASURE_TARGET = Set.of("on", "against");
    private static final Set<String> MEASURES = Set.of("tariff", "sanction", "duty", "levy", "tax", "ban", "embargo",
            "restriction", "curb", "quota", "measure", "control", "boycott", "freeze");
    private static final Set<String> MEASURE_MODIFIERS = Set.of("DT", "JJ", "VBN", "CD", "NN");

    /** Nouns after a country's name that make it the actor ("the U.S. actions"), not a topic ("the Libya intervention"). */
    private static final Set<String> AGENT_AFTER_NAME = Set.of("government", "authority", "official", "leadership",
            "leader", "ministry", "army", "troop", "force", "military", "navy", "action", "move", "decision", "sanction",
            "tariff", "measure", "administration", "statement", "position", "stance", "claim", "allegation", "diplomat",
            "ambassador", "envoy", "embassy", "delegation", "minister", "president", "side", "policy", "regime",
            "demand", "proposal", "plan", "response", "warship", "vessel", "ship", "aircraft", "drone", "missile");

    private final ArticleTokens tokens;
    private final KbMentions mentions;
    private final ArticlePersons persons;
    private final Sponsors sponsors;
    private final Map<String, Map.Entry<Integer, List<Target>>> lastBySpeaker = new HashMap<>();

    Targets(ArticleTokens tokens, KbMentions mentions, ArticlePersons persons) {
        this.tokens = tokens;
        this.mentions = mentions;
        this.persons = persons;
        this.sponsors = new Sponsors(tokens, mentions);
    }

    /**
     * The targets of a statement by {@code speaker} whose cue ends at token {@code cueEnd} and whose content is
     * tokens [first, last) of sentence {@code sentence}; {@code typed}: a statement of a type other than a plain one.
     */
    List<Target> of(Actor speaker, int[] mention, int cueStart, int cueEnd, int first, int last, boolean typed,
                    int sentence) {
        Map<String, Target> bySide = new LinkedHashMap<>();
        String own = speaker.side();
        if (typed && passive(cueStart)) {
            // "Chile's ambassador was summoned by Peru": the subject of a passive act is its target
            for (KbMention g : mentions.all()) {
                if (g.start() >= tokens.sentenceStart(sentence) && g.end() <= cueStart
                        && (g.end() <= mention[0] || g.start() >= mention[1]) && actor(g) != null) {
                    add(bySide, own, new Target(actor(g), "the subject of a passive act: '" + text(g) + "'"));
                }
            }
        }
        if (typed && cueEnd <= first) {
            for (KbMention g : mentions.all()) {
                if (g.start() >= cueEnd && g.end() <= first && actor(g) != null) {
                    add(bySide, own, new Target(actor(g), "the addressee or object of the cue: '" + text(g) + "'"));
                }
            }
            for (PersonMention m : persons.mentions()) {
                if (m.start() >= cueEnd && m.end() <= first && m.person().side != null) {
                    add(bySide, own, new Target(m.person().actor(), "the person the cue addresses: '"
                            + tokens.text(m.start(), m.end()) + "'"));
                }
            }
        }
        if (typed && (namesDraft(first, last) || namesDraft(cueStart, cueEnd))) {
            // "vetoed the resolution", "rejected such a draft": aimed at whoever put it forward
            for (Target t : sponsors.all()) {
                add(bySide, own, t);
            }
        }
        for (KbMention g : mentions.all()) {
            if (g.start() < first || g.end() > last || actor(g) == null) {
                continue;
            }
            String why = contentRole(g, first);
            if (why != null) {
                add(bySide, own, new Target(actor(g), why));
            }
        }
        for (PersonMention m : persons.mentions()) {
            if (m.start() >= first && m.end() <= last && m.person().side != null) {
                String why = personRole(m, first);
                if (why != null) {
                    add(bySide, own, new Target(m.person().actor(), why));
                }
            }
        }
        List<Target> targets = new ArrayList<>(bySide.values());
        if (!targets.isEmpty()) {
            lastBySpeaker.put(speaker.id(), Map.entry(sentence, targets));
            return targets;
        }
        // a statement naming nobody goes on about whom the speaker named just before
        Map.Entry<Integer, List<Target>> previous = lastBySpeaker.get(speaker.id());
        if (previous != null && sentence - previous.getKey() <= 3) {
            return previous.getValue().stream()
                    .map(t -> new Target(t.actor(), "continued from the speaker's statement before: " + t.evidence()))
                    .toList();
        }
        return targets;
    }

    /** Whether tokens [first, last) name a text put to a vote: "a resolution", "the draft", "a bid" that opens them. */
    private boolean namesDraft(int first, int last) {
        for (int i = first; i < last; i++) {
            if (tokens.tag(i).startsWith("NN") && (Sponsors.DRAFT_NOUNS.contains(tokens.lemma(i))
                    || i <= first + 3 && tokens.lemma(i).equals("bid"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue is a passive participle: "was summoned", "were expelled". */
    private boolean passive(int cue) {
        if (!tokens.tag(cue).equals("VBN")) {
            return false;
        }
        for (int i = cue - 1; i >= Math.max(0, cue - 3) && tokens.sameSentence(i, cue); i--) {
            if (tokens.lemma(i).equals("be") || tokens.lemma(i).equals("get")) {
                return true;
            }
        }
        return false;
    }

    private static void add(Map<String, Target> bySide, String own, Target t) {
        if (t.actor().kind() != ActorKind.MEDIA && t.actor().side() != null && !t.actor().side().equals(own)) {
            bySide.putIfAbsent(t.actor().side(), t);
        }
    }

    /** Why a content mention is a target, or null when it is not one. */
    private String contentRole(KbMention g, int first) {
        int before = g.start() - 1;
        while (before > first && (tokens.tag(before).equals("DT") || tokens.tag(before).equals("JJ"))) {
            before--; // "over the United States", "against neighbouring Ruritania", "in eastern Ruritania"
        }
        String prev = before >= first ? tokens.lower(before) : "";
        int measure = before;
        while (measure > first && MEASURE_MODIFIERS.contains(tokens.tag(measure))) {
            measure--; // "tariffs on imported Ruritanian goods", "sanctions against 12 Ruritanian banks"
        }
        if (measure > first && MEASURE_TARGET.contains(tokens.lower(measure)) && MEASURES.contains(tokens.lemma(measure - 1))
                && (g.kind() == EntryKind.DEMONYM || g.entry() instanceof Country && g.namesState())) {
            return "whose goods, firms or people a measure is on or against: '" + tokens.text(measure, g.end()) + "'";
        }
        KbMention conjoined = before > first ? mentions.at(before - 1) : null;
        if (Set.of("and", "or", ",").contains(prev) && conjoined != null && conjoined.kind() == g.kind()) {
            return contentRole(conjoined, first) == null ? null : "conjoined with '" + text(conjoined) + "': '" + text(g) + "'";
        }
        if (prev.equals(",") && before > first && isPlaceName(before - 1)) {
            return null; // "an attack in Lyon, France": the state of a place named just before, where, not whom
        }
        if ((prev.equals("to") || prev.equals("in")) && before > first && POSTED.contains(tokens.lemma(before - 1))
                && g.entry() instanceof Country && g.namesState() && g.kind() != EntryKind.DEMONYM) {
            return "the state an envoy is posted to: '" + tokens.text(before - 1, g.end()) + "'";
        }
        if (prev.equals("to") && before > first && MOTION_NOUNS.contains(tokens.lemma(before - 1))) {
            return null; // "a trip to Ruritania": where the speaker goes
        }
        if (g.kind() == EntryKind.DEMONYM) {
            return namesStateAgent(g) ? "a demonym naming a state's agents or acts: '" + text(g) + "'" : null;
        }
        if (g.kind() == EntryKind.PLACE && !isSeat(g)) {
            return null; // a city or region: where, not whom
        }
        if (g.entry() instanceof Organization && g.start() > first + 2 && !ABOUT.contains(prev)) {
            return null; // an organisation counts where it opens the content (its subject) or is what it is about
        }
        boolean possessive = tokens.tag(g.end() - 1).equals("POS") || g.end() < tokens.size() && tokens.tag(g.end()).equals("POS");
        if (!possessive && g.end() < tokens.size() && tokens.tag(g.end()).startsWith("NN") && !tokens.tag(g.end()).startsWith("NNP")) {
            // a name used as a modifier: an actor in "the U.S. actions", a topic in "the Libya intervention"
            return AGENT_AFTER_NAME.contains(tokens.lemma(g.end())) ? "a state's act or agent: '"
                    + tokens.text(g.start(), g.end() + 1) + "'" : null;
        }
        if (ABOUT.contains(prev)) {
            return "what the content is about or against: '" + prev + " " + text(g) + "'";
        }
        if (LOCATIVES.contains(prev)) {
            return null;
        }
        if (possessive) {
            return "a possessive naming a state's act or agent: '" + text(g) + "'s'";
        }
        if (g.start() <= first + 2) {
            return "the actor the content opens with: '" + text(g) + "'";
        }
        if (g.end() < tokens.size() && (tokens.tag(g.end()).startsWith("VB") || tokens.tag(g.end()).equals("MD"))) {
            return "the subject of a clause of the content: '" + tokens.text(g.start(), g.end() + 1) + "'";
        }
        if (before >= first && tokens.tag(before).startsWith("VB")) {
            return "the object of a verb of the content: '" + tokens.text(before, g.end()) + "'";
        }
        return null; // named in passing: "the war in ..." aside, "a bigger threat than Ruritania", "the people of Ruritania"
    }

    /**
     * Why a person named in the content is a target, or null: the person whose acts or words the content is
     * about, as the subject that opens it ("the Ruritanian leader Ivan Petrov had crossed ..."), a possessive
     * ("Petrov's remarks") or the object of "against", "over", "about"...
     */
    private String personRole(PersonMention m, int first) {
        String name = tokens.text(m.start(), m.end());
        boolean possessive = tokens.tag(m.end() - 1).equals("POS") || m.end() < tokens.size() && tokens.tag(m.end()).equals("POS");
        if (possessive) {
            return "a possessive naming a person's act or words: '" + name + "'s'";
        }
        int before = m.start() - 1;
        while (before >= first && (tokens.tag(before).startsWith("NN") || tokens.tag(before).equals("DT")
                || tokens.tag(before).equals("JJ") || tokens.tag(before).equals("``") || tokens.tag(before).equals("-LRB-"))) {
            before--; // "the Ruritanian leader Ivan Petrov", "[President Petrov's]"
        }
        if (before < first) {
            return "the person the content opens with: '" + name + "'";
        }
        if (ABOUT.contains(tokens.lower(before))) {
            return "the person the content is about or against: '" + tokens.lower(before) + " " + name + "'";
        }
        return null;
    }

    /** Whether token i ends the name of a city or region (a place the knowledge base or NER knows). */
    private boolean isPlaceName(int i) {
        KbMention m = mentions.at(i);
        if (m != null) {
            return m.kind() == EntryKind.PLACE;
        }
        String ner = tokens.ner(i);
        return "CITY".equals(ner) || "LOCATION".equals(ner) || "STATE_OR_PROVINCE".equals(ner);
    }

    private boolean isSeat(KbMention g) {
        if (!(g.entry() instanceof Country c)) {
            return false;
        }
        String written = text(g);
        return c.capitals().stream().anyMatch(written::equalsIgnoreCase) || c.seats().stream().anyMatch(written::equalsIgnoreCase);
    }

    /** Whether a demonym modifies a noun for a state's agents or acts: "Pakistani troops", "Russian stance". */
    boolean namesStateAgent(KbMention demonym) {
        int head = -1;
        for (int i = demonym.end(); i < tokens.size() && tokens.sameSentence(i, demonym.start()); i++) {
            String tag = tokens.tag(i);
            if (tag.startsWith("NNP") && head >= 0) {
                break; // "the Ruritanian leader Ivan Petrov": the title ends where the name begins
            }
            if (tag.startsWith("NN") || tag.equals("JJ") || tag.equals("HYPH") || tag.equals("VBN") && i == demonym.end()) {
                head = tag.startsWith("NN") ? i : head;
            } else {
                break;
            }
        }
        return head >= 0 && ArticleActors.STATE_AGENT_NOUNS.contains(tokens.lemma(head));
    }

    private static Actor actor(KbMention g) {
        if (g.entry() instanceof Country c && g.namesState()) {
            return KnownActors.state(c);
        }
        if (g.entry() instanceof Organization o) {
            return KnownActors.organization(o);
        }
        return null;
    }

    private String text(KbMention g) {
        return tokens.text(g.start(), g.end());
    }
}
