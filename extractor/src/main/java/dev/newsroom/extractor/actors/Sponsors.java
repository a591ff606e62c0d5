package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.Country;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The states an article says drafted, tabled or sponsored a resolution ("X tabled a resolution", "a draft
 * co-sponsored with Y", "the resolution was drafted by Z"): whom a veto or rejection of "the resolution" or
 * "the draft" is aimed at, though the statement names none of them.
 */
final class Sponsors {

    /** Nouns for a text put to a vote. */
    static final Set<String> DRAFT_NOUNS = Set.of("resolution", "draft", "motion");
    private static final Set<String> SPONSOR_VERBS = Set.of("draft", "table", "sponsor", "co-sponsor", "cosponsor",
            "propose", "submit", "introduce", "present", "push", "put", "circulate", "author", "pen");
    /** How far a sponsoring verb and its subject or agent may stand from the noun. */
    private static final int WINDOW = 6;

    private final ArticleTokens tokens;
    private final KbMentions mentions;
    private List<Target> found;

    Sponsors(ArticleTokens tokens, KbMentions mentions) {
        this.tokens = tokens;
        this.mentions = mentions;
    }

    /** The sponsoring states, each once, with the words that name them as sponsors. */
    List<Target> all() {
        if (found == null) {
            found = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.tag(i).startsWith("NN") && DRAFT_NOUNS.contains(tokens.lemma(i))) {
                    subjectOfVerbBefore(i);
                    agentAfter(i);
                }
            }
        }
        return found;
    }

    /** "X tabled a resolution", "X pushed through a draft", "an X-drafted resolution". */
    private void subjectOfVerbBefore(int noun) {
        for (int v = noun - 1; v >= Math.max(0, noun - WINDOW) && tokens.sameSentence(v, noun); v--) {
            if (sponsorVerb(v)) {
                for (int s = v - 1; s >= Math.max(0, v - WINDOW) && tokens.sameSentence(s, v); s--) {
                    KbMention g = mentions.at(s);
                    if (g != null) {
                        add(g, noun);
                        return;
                    }
                    boolean auxiliary = Set.of("be", "have", "do").contains(tokens.lemma(s));
                    if (tokens.tag(s).startsWith("VB") && !auxiliary || tokens.word(s).equals(",")) {
                        return;
                    }
                }
                return;
            }
        }
    }

    /** "a resolution drafted by X", "a draft co-sponsored with X". */
    private void agentAfter(int noun) {
        for (int v = noun + 1; v < Math.min(tokens.size(), noun + WINDOW) && tokens.sameSentence(v, noun); v++) {
            if (!sponsorVerb(v) || !tokens.tag(v).equals("VBN")) {
                continue;
            }
            int p = v + 1;
            while (p < tokens.size() && tokens.sameSentence(p, v) && !tokens.lower(p).equals("by")
                    && !tokens.lower(p).equals("with") && p - v <= 2) {
                p++;
            }
            for (int s = p + 1; s < Math.min(tokens.size(), p + 3) && tokens.sameSentence(s, p); s++) {
                KbMention g = mentions.at(s);
                if (g != null && g.start() == s) {
                    add(g, noun);
                    return;
                }
            }
        }
    }

    private boolean sponsorVerb(int i) {
        return tokens.tag(i).startsWith("VB") && SPONSOR_VERBS.contains(tokens.lemma(i));
    }

    private void add(KbMention g, int noun) {
        if (!(g.entry() instanceof Country c) || !g.namesState() || found.stream().anyMatch(t -> t.actor().side().equals(c.iso3()))) {
            return;
        }
        found.add(new Target(KnownActors.state(c), "a sponsor of the " + tokens.lemma(noun) + ": '"
                + tokens.text(Math.min(noun, g.start()), Math.max(noun + 1, g.end())) + "'"));
    }
}
