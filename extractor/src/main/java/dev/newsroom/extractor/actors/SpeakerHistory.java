package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.model.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The speakers resolved so far in one article, with the token each was named at: for "the ministry", "it". */
final class SpeakerHistory {

    /** A speaker named at a token. */
    record Named(int token, Actor actor) {
    }

    private final List<Named> named = new ArrayList<>();

    void add(int token, Actor actor) {
        named.add(new Named(token, actor));
    }

    /** The latest speakers first. */
    List<Named> latestFirst() {
        List<Named> out = new ArrayList<>(named);
        java.util.Collections.reverse(out);
        return out;
    }

    Optional<Actor> last(Predicate<Actor> filter) {
        for (int i = named.size() - 1; i >= 0; i--) {
            if (filter.test(named.get(i).actor())) {
                return Optional.of(named.get(i).actor());
            }
        }
        return Optional.empty();
    }
}
