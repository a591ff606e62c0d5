package dev.newsroom.extractor.kb;

import java.util.List;

/** A role or title of a person ("ambassador", "deputy foreign minister") and its {@code category}, one of {@link #CATEGORIES}. */
public record Role(String role, List<String> aliases, String category) implements KbEntry {

    public static final List<String> CATEGORIES = List.of("head-of-state", "head-of-government", "minister",
            "diplomat", "spokesperson", "official", "military", "legislator", "judge", "journalist", "expert",
            "other");

    public Role {
        aliases = List.copyOf(aliases);
    }

    @Override
    public String canonicalName() {
        return role;
    }
}
