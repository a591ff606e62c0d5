package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.kb.Country;
import dev.newsroom.extractor.kb.MediaOutlet;
import dev.newsroom.extractor.kb.Organization;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ActorKind;

import java.util.Locale;
import java.util.Set;

/** The actor of a knowledge-base entry, and the slugs actor ids are built from. */
final class KnownActors {

    private KnownActors() {
    }

    static Actor state(Country c) {
        return new Actor("gov:" + c.iso3(), c.name(), ActorKind.GOVERNMENT, c.iso3(), null, null);
    }

    static Actor organization(Organization o) {
        return new Actor("org:" + o.code(), o.name(), ActorKind.ORGANIZATION, o.side(), null, null);
    }

    static Actor media(MediaOutlet m) {
        return new Actor("media:" + slug(m.name()), m.name(), ActorKind.MEDIA, m.country(), null, null);
    }

    static Actor media(String name) {
        return new Actor("media:" + slug(name), name, ActorKind.MEDIA, null, null, null);
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            boolean minor = Set.of("of", "and", "for", "the").contains(w);
            sb.append(minor || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }
}
