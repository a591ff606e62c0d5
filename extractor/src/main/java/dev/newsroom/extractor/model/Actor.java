package dev.newsroom.extractor.model;

/**
 * A resolved actor. {@code id} is stable across articles for the same actor (e.g. "person:sokolov-dmitry",
 * "gov:RUS", "org:UN"); {@code side} is an ISO 3166-1 alpha-3 code or a short non-state code, or null.
 */
public record Actor(String id, String name, ActorKind kind, String side, String role, String affiliation) {
}
