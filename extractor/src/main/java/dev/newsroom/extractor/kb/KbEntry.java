package dev.newsroom.extractor.kb;

/** One entry of the knowledge base: a state, an international body, a media outlet, an institution or a role. */
public sealed interface KbEntry permits Country, Organization, MediaOutlet, Institution, Role {

    /** The canonical name the entry is known by. */
    String canonicalName();
}
