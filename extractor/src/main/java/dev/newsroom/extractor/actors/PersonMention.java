package dev.newsroom.extractor.actors;

/** A person named at article tokens [start, end). */
record PersonMention(int start, int end, Person person) {
}
