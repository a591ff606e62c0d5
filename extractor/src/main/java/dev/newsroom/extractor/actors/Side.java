package dev.newsroom.extractor.actors;

/** A side (ISO alpha-3 of a state, or an organisation's code) and the evidence it was read from. */
record Side(String code, String evidence) {
}
