package dev.newsroom.extractor.rules;

import dev.newsroom.extractor.model.StatementType;

import java.util.EnumSet;
import java.util.Set;

/**
 * One reporting cue of the lexicon: its lemma phrase ("say", "call for", "express concern"), whether it is
 * a verb or a noun, the type and stance it carries, its {@link Frame}, and the types its content may turn it
 * into ("said the claims were baseless" is a rejection; "urged X to stop at once" a demand).
 */
public record Cue(String phrase, boolean noun, StatementType type, double stance, Frame frame,
                  Set<StatementType> refinable) {

    /** What a cue's content is, the frame column of cues.tsv. */
    public enum Frame {
        /** reports words: the content is a clause or a quote ("said that ...", "“...,” she said") */
        SPEECH,
        /** expresses a stance: an object or prepositional phrase is content too ("condemned the strike") */
        ATTITUDE,
        /** a stance toward the object a phrase cue names, which opens the content ("vetoed a resolution on ...") */
        OBJECT,
        /** a diplomatic act ("summoned the envoy over ..."): a statement only when its content states the reason */
        ACT;

        static Frame of(String column) {
            return valueOf(column.toUpperCase(java.util.Locale.ROOT));
        }
    }

    public Cue {
        refinable = refinable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(refinable));
    }

    /** A cue whose content refines it by default: any type for a neutral cue, none for the others. */
    public Cue(String phrase, boolean noun, StatementType type, double stance, Frame frame) {
        this(phrase, noun, type, stance, frame, defaultRefinable(type));
    }

    static Set<StatementType> defaultRefinable(StatementType type) {
        return type == StatementType.STATEMENT ? EnumSet.complementOf(EnumSet.of(StatementType.STATEMENT)) : Set.of();
    }

    public boolean speech() {
        return frame == Frame.SPEECH;
    }

    public boolean act() {
        return frame == Frame.ACT;
    }

    /** Whether the words of a phrase cue after its head belong to the cue, not to the content ("expressed concern"). */
    public boolean phraseInCue() {
        return phrase.contains(" ") && frame != Frame.ACT && frame != Frame.OBJECT;
    }

    /** The lemma the phrase hangs on in a dependency graph ("call" for "call for"). */
    public String head() {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }
}
