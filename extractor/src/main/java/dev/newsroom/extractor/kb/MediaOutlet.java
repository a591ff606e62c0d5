package dev.newsroom.extractor.kb;

import java.util.List;

/**
 * A news agency, newspaper, broadcaster or news site. Media named as the channel of a statement become its
 * {@code via}, never its speaker. {@code country} is the ISO alpha-3 code of its home state, or null for
 * outlets that belong to no one state; {@code type} is one of {@link #TYPES}.
 */
public record MediaOutlet(String name, List<String> aliases, String country, String type) implements KbEntry {

    public static final List<String> TYPES = List.of("agency", "newspaper", "tv", "radio", "online");

    public MediaOutlet {
        aliases = List.copyOf(aliases);
    }

    @Override
    public String canonicalName() {
        return name;
    }
}
