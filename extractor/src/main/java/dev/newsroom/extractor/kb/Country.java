package dev.newsroom.extractor.kb;

import java.util.List;

/**
 * A state. {@code iso3} is its ISO 3166-1 alpha-3 code (XKX for Kosovo) and serves as the actor's side.
 * {@code seats} are places other than the capital that stand for the state's government (the Kremlin,
 * Downing Street, The Hague); {@code epithets} are descriptive references ("the Islamic Republic").
 */
public record Country(String iso3, String name, List<String> names, List<String> demonyms,
                      List<String> capitals, List<String> seats, List<String> epithets) implements KbEntry {

    public Country {
        names = List.copyOf(names);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        seats = List.copyOf(seats);
        epithets = List.copyOf(epithets);
    }

    @Override
    public String canonicalName() {
        return name;
    }
}
