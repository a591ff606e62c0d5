package dev.newsroom.extractor.rules;

import dev.newsroom.extractor.model.StatementType;

import java.util.EnumSet;
import java.util.Set;

/**
 * One reporting cue of the lexicon: its lemma phrase ("say", "call for", "express concern"), whether it is
 * a verb or a noun, the type and stance it carries, whether it reports words or an attitude, and the types
 * its content may turn it into ("said the claims were baseless" is a rejection; "urged X to stop at once"
 * a demand). An act ("summoned the envoy", "expelled two diplomats") is a statement only when its content
 * states the reason for it.
 */
public record Cue(String phrase, boolean noun, StatementType type, double stance, boolean speech,
                  Set<StatementType> refinable, boolean act) {

    public Cue {
        refinable = refinable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(refinable));
    }

    /** A cue whose content refines it by default: any type for a neutral cue, none for the others. */
    public Cue(String phrase, boolean noun, StatementType type, double stance, boolean speech) {
        this(phrase, noun, type, stance, speech, defaultRefinable(type), false);
    }

    static Set<StatementType> defaultRefinable(StatementType type) {
        return type == StatementType.STATEMENT ? EnumSet.complementOf(EnumSet.of(StatementType.STATEMENT)) : Set.of();
    }

    /** The lemma the phrase hangs on in a dependency graph ("call" for "call for"). */
    public String head() {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }
}
