package dev.newsroom.extractor.actors;

import dev.newsroom.extractor.model.Actor;

/** An actor a statement is directed at or about, and the words that made it one. */
public record Target(Actor actor, String evidence) {
}
