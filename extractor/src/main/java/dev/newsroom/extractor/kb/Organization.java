package dev.newsroom.extractor.kb;

import java.util.List;

/**
 * An international body or a well-known non-state actor. {@code side} is the short code used as the
 * actor's side (UN, EU, NATO, HAMAS); {@code type} is one of {@link #TYPES}.
 */
public record Organization(String code, String name, List<String> aliases, String type, String side)
        implements KbEntry {

    public static final List<String> TYPES =
            List.of("intergovernmental", "un-body", "ngo", "armed-group", "movement", "party");

    public Organization {
        aliases = List.copyOf(aliases);
    }

    @Override
    public String canonicalName() {
        return name;
    }
}
