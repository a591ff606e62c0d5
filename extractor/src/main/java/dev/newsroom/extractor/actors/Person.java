package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;

import java.util.List;

/** A person of one article, as its mentions so far describe them; side and role carry their evidence. */
final class Person {

    final List<String> keys;
    /** a generational suffix ("jr"), or null */
    final String suffix;
    String name;
    Side side;
    String role;
    String roleCategory;
    /** a title naming a company, union or association: no state side from the article's context */
    boolean privateTitle;
    /** the gender the person's honorific, title or first name states; null when none does */
    Genders.Gender gender;
    /** the gender is only what the first name makes likely */
    boolean genderFromFirstName;
    /** linked to general knowledge of persons (an office-holder) */
    boolean known;
    /** role categories of every office general knowledge has the person hold */
    java.util.Set<String> knownCategories = java.util.Set.of();

    Person(List<String> keys, String suffix, String name) {
        this.keys = keys;
        this.suffix = suffix;
        this.name = name;
    }

    String id() {
        return PersonNames.id(keys, suffix);
    }

    String surname() {
        return keys.get(keys.size() - 1);
    }

    String sideCode() {
        return side == null ? null : side.code();
    }

    /**
     * The actor: a person named in full or known, else, for a single name the article never completes ("Bob
     * said"), an unnamed speaker of that name rather than a new person.
     */
    Actor actor() {
        if (keys.size() == 1 && !known) {
            String side = sideCode();
            return new Actor("unnamed:" + (side == null ? "" : side + ":") + "person-" + keys.get(0), name,
                    ActorKind.UNNAMED, side, role, side);
        }
        return new Actor(id(), name, ActorKind.PERSON, sideCode(), role, sideCode());
    }

    /** This person under fuller name keys, with what is known of them. */
    Person renamed(List<String> fullKeys) {
        Person full = new Person(fullKeys, suffix, name);
        full.side = side;
        full.role = role;
        full.roleCategory = roleCategory;
        full.privateTitle = privateTitle;
        full.known = known;
        full.knownCategories = knownCategories;
        full.gender = gender;
        full.genderFromFirstName = genderFromFirstName;
        return full;
    }
}
