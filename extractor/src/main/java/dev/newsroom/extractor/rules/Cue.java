package dev.newsroom.extractor.rules;

import dev.newsroom.extractor.model.StatementType;

/**
 * One reporting cue of the lexicon: its lemma phrase ("say", "call for", "express concern"), whether it is
 * a verb or a noun, the type and stance it carries, and whether it reports words or an attitude.
 */
public record Cue(String phrase, boolean noun, StatementType type, double stance, boolean speech) {

    /** The lemma the phrase hangs on in a dependency graph ("call" for "call for"). */
    public String head() {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }
}
