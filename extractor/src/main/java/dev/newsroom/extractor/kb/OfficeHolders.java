package dev.newsroom.extractor.kb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who held which office when: a person's name, an alias or another transliteration, looked up with the
 * year of an article, gives the offices that person held that year. Names are compared as {@link NameKey}s
 * (case, diacritics, hyphens and dots folded; an all-capitals alias such as "MBS" matches only in capitals).
 * Immutable and safe to share between threads.
 */
public final class OfficeHolders {

    private final List<OfficeHolder> all;
    private final Map<String, List<OfficeHolder>> byAcronym = new HashMap<>();
    private final Map<String, List<OfficeHolder>> byName = new HashMap<>();

    public OfficeHolders(List<OfficeHolder> holders) {
        this.all = List.copyOf(holders);
        for (OfficeHolder holder : all) {
            // a name and an alias that fold to the same key (Erdoğan, Erdogan) index the tenure once
            Set<NameKey> keys = new LinkedHashSet<>();
            Stream.concat(Stream.of(holder.name()), holder.aliases().stream()).forEach(name -> {
                NameKey key = NameKey.of(name);
                if (key == null) {
                    throw new IllegalArgumentException("office holder name '" + name + "' of " + holder.name()
                            + " is empty");
                }
                keys.add(key);
            });
            keys.forEach(key -> (key.acronym() ? byAcronym : byName)
                    .computeIfAbsent(key.key(), k -> new ArrayList<>()).add(holder));
        }
    }

    /** The offices held in {@code year} by the person of this name or alias, in file order. */
    public List<OfficeHolder> find(String name, int year) {
        return matches(name).stream().filter(h -> h.heldIn(year)).toList();
    }

    /**
     * Without a year: the most recent tenures of the person of this name, those that ended last (or have not
     * ended); several when they ran together (a prime minister who was also foreign minister).
     */
    public List<OfficeHolder> findMostRecent(String name) {
        List<OfficeHolder> matches = matches(name);
        int last = matches.stream().mapToInt(OfficeHolder::lastYear).max().orElse(0);
        return matches.stream().filter(h -> h.lastYear() == last)
                .sorted(Comparator.comparingInt(OfficeHolder::fromYear).reversed()).toList();
    }

    private List<OfficeHolder> matches(String name) {
        NameKey key = NameKey.of(name);
        if (key == null) {
            return List.of();
        }
        if (key.acronym()) {
            List<OfficeHolder> found = byAcronym.get(key.key());
            if (found != null) {
                return found;
            }
        }
        return byName.getOrDefault(key.caseFolded().key(), List.of());
    }

    public List<OfficeHolder> all() {
        return all;
    }
}
