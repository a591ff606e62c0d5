package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.EntryKind;
import dev.newsroom.extractor.kb.KbEntry;

/** A knowledge-base entry named at article tokens [start, end). */
record KbMention(int start, int end, EntryKind kind, KbEntry entry) {

    /** Whether the entry stands for a state here: its name, demonym or a place of it. */
    boolean namesState() {
        return kind == EntryKind.COUNTRY || kind == EntryKind.DEMONYM || kind == EntryKind.PLACE;
    }
}
