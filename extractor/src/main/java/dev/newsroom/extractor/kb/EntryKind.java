package dev.newsroom.extractor.kb;

/** How a mention found by {@link KnowledgeBase#scan} refers to its entry. */
public enum EntryKind {
    /** a state's name, other name or epithet: "Russia", "the Islamic Republic" */
    COUNTRY,
    /** a demonym: "Russian", "Israelis" */
    DEMONYM,
    /** a capital or seat of government: "Moscow", "the Kremlin" */
    PLACE,
    ORGANIZATION,
    MEDIA,
    INSTITUTION,
    ROLE
}
