package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;

import java.util.List;

/** A person of one article, as its mentions so far describe them; side and role carry their evidence. */
final class Person {

    final List<String> keys;
    String name;
    Side side;
    String role;
    String roleCategory;
    /** a title naming a company, union or association: no state side from the article's context */
    boolean privateTitle;

    Person(List<String> keys, String name) {
        this.keys = keys;
        this.name = name;
    }

    String id() {
        return PersonNames.id(keys);
    }

    String surname() {
        return keys.get(keys.size() - 1);
    }

    String sideCode() {
        return side == null ? null : side.code();
    }

    Actor actor() {
        return new Actor(id(), name, ActorKind.PERSON, sideCode(), role, sideCode());
    }

    /** This person under fuller name keys, with what is known of them. */
    Person renamed(List<String> fullKeys) {
        Person full = new Person(fullKeys, name);
        full.side = side;
        full.role = role;
        full.roleCategory = roleCategory;
        full.privateTitle = privateTitle;
        return full;
    }
}
