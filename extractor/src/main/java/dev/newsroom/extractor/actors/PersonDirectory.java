package dev.newsroom.extractor.actors;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Persons seen so far by one extractor, across articles: lets a surname alone, or a person whose side an
 * article does not state, reuse what an earlier article said. Thread-safe.
 */
public final class PersonDirectory {

    /** What is known of a person across articles. */
    public record Known(String id, String name, String side, String role) {
    }

    private final Map<String, Known> byId = new ConcurrentHashMap<>();
    private final Map<String, Known> bySurname = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ambiguousSurnames = new ConcurrentHashMap<>();

    public void remember(Known person, String surnameKey) {
        byId.merge(person.id(), person, PersonDirectory::richer);
        Known previous = bySurname.merge(surnameKey, person, PersonDirectory::richerSamePerson);
        if (previous == null) {
            ambiguousSurnames.put(surnameKey, true);
        }
    }

    public Optional<Known> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The one full-named person known under a surname, unless several share it. */
    public Optional<Known> bySurname(String surnameKey) {
        if (ambiguousSurnames.containsKey(surnameKey)) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySurname.get(surnameKey));
    }

    private static Known richer(Known a, Known b) {
        return new Known(a.id(), a.name().length() >= b.name().length() ? a.name() : b.name(),
                a.side() != null ? a.side() : b.side(), a.role() != null ? a.role() : b.role());
    }

    /** Two persons with one surname: merged when one is the surname alone, otherwise marked ambiguous. */
    private static Known richerSamePerson(Known a, Known b) {
        if (a.id().equals(b.id()) || !a.id().contains("-") || !b.id().contains("-")) {
            Known full = a.id().contains("-") ? a : b;
            Known other = full == a ? b : a;
            return richer(full, new Known(full.id(), other.name(), other.side(), other.role()));
        }
        return null;
    }
}
