package dev.newsroom.extractor.model;

/** What sort of actor a speaker or target is (same symbols as the Avro ActorKind). */
public enum ActorKind { PERSON, GOVERNMENT, ORGANIZATION, MEDIA, UNNAMED }
