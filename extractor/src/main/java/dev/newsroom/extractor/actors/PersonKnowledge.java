package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.OfficeHolder;
import dev.newsroom.extractor.kb.OfficeHolders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * General knowledge of persons: who held which office of which state or body, and when
 * ({@code kb/office-holders.tsv}), looked up by a person's full name, or by a surname alone when one
 * office-holder has it; and the gender names and titles state. Built once; shared by all articles.
 */
public final class PersonKnowledge {

    /**
     * An office a person held in an article's year (or most recently), how the person was matched, and every
     * office the person held (for "the foreign secretary" in an article from another year).
     */
    record Link(OfficeHolder holder, List<String> keys, String evidence, List<String> offices) {
    }

    private final OfficeHolders holders;
    private final Genders genders;
    /** every office of each office-holder, by their name */
    private final Map<String, List<String>> officesOf = new HashMap<>();
    /** office-holders by the key of their surname (the last word of their name or of an alias) */
    private final Map<String, List<OfficeHolder>> bySurname = new HashMap<>();

    public PersonKnowledge(OfficeHolders holders, Genders genders) {
        this.holders = holders;
        this.genders = genders;
        for (OfficeHolder h : holders.all()) {
            officesOf.computeIfAbsent(h.name(), n -> new ArrayList<>()).add(h.office());
            java.util.Set<String> surnames = new java.util.HashSet<>();
            for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(h.name()), h.aliases().stream()).toList()) {
                List<String> keys = PersonNames.keys(name);
                if (keys.size() > 1 && surnames.add(keys.get(keys.size() - 1))) {
                    bySurname.computeIfAbsent(keys.get(keys.size() - 1), k -> new ArrayList<>()).add(h);
                }
            }
        }
    }

    Genders genders() {
        return genders;
    }

    /** The office of a person named in full ("Justin Trudeau"), or known by one name only ("Lula"). */
    List<Link> byName(String name, List<String> keys, OptionalInt year) {
        List<OfficeHolder> found = year.isPresent() ? holders.find(name, year.getAsInt()) : holders.findMostRecent(name);
        List<Link> out = new ArrayList<>();
        for (OfficeHolder h : found) {
            out.add(new Link(h, keys.size() > 1 ? keys : PersonNames.keys(h.name()), "office-holder knowledge: "
                    + h.name() + ", " + h.office() + " of " + h.side() + " from " + h.fromYear(),
                    officesOf.getOrDefault(h.name(), List.of(h.office()))));
        }
        return out;
    }

    /**
     * The office-holder a surname alone names, when exactly one person of that surname held an office
     * (in the article's year, when known): "Trudeau said" in an article that never gives the first name.
     */
    List<Link> bySurname(String surname, OptionalInt year) {
        Map<String, List<OfficeHolder>> persons = new LinkedHashMap<>();
        for (OfficeHolder h : bySurname.getOrDefault(surname, List.of())) {
            if (year.isEmpty() || h.heldIn(year.getAsInt())) {
                persons.computeIfAbsent(h.name(), n -> new ArrayList<>()).add(h);
            }
        }
        if (persons.size() != 1) {
            return List.of();
        }
        String name = persons.keySet().iterator().next();
        return byName(name, PersonNames.keys(name), year).stream()
                .map(l -> new Link(l.holder(), l.keys(), l.evidence() + " (the only office-holder named " + surname + ")",
                        l.offices()))
                .toList();
    }
}
