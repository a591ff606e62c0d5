package dev.newsroom.extractor;

import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.rules.Cue;

import java.util.List;

/**
 * A statement before classification: the speaker's mention and the cue as article token ranges
 * [start, end), the content as char offsets, and the sentence the cue stands in.
 */
record Found(Actor speaker, int mentionStart, int mentionEnd, int cueStart, int cueEnd, Cue cue,
             int contentStart, int contentEnd, boolean direct, Actor via, int sentence) {

    /** The same cue and content, said by the speaker of {@code other} (as {@code other} names them). */
    Found spokenBy(Found other) {
        return new Found(other.speaker, other.mentionStart, other.mentionEnd, cueStart, cueEnd, cue,
                contentStart, contentEnd, direct, via, sentence);
    }

    /** The same attribution with other content. */
    Found withContent(int start, int end, boolean isDirect) {
        return new Found(speaker, mentionStart, mentionEnd, cueStart, cueEnd, cue, start, end, isDirect, via, sentence);
    }

    /** Whether a statement of sentence {@code s} among {@code found} has its cue at token {@code token}. */
    static boolean cueTaken(List<Found> found, int s, int token) {
        return found.stream().anyMatch(f -> f.sentence() == s && f.cueStart() <= token && token < f.cueEnd());
    }
}
