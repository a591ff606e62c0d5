package dev.newsroom.extractor.kb;

import dev.newsroom.extractor.model.ActorKind;
import java.util.List;

/**
 * A body that speaks for a state. Generic institutions ("foreign ministry", "embassy", "parliament") have a
 * null {@code country} and belong to whichever state the text attaches them to ("Chile's Foreign
 * Ministry"); named ones carry their state (State Department → USA, Knesset → ISR).
 */
public record Institution(String canonical, List<String> patterns, ActorKind kind, String country)
        implements KbEntry {

    public Institution {
        patterns = List.copyOf(patterns);
    }

    @Override
    public String canonicalName() {
        return canonical;
    }
}
