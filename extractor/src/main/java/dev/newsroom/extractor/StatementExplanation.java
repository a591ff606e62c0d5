package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ExtractedStatement;

import java.util.List;

/**
 * A statement with the evidence that gave its speaker, the speaker's side and each target, for a developer
 * asking why ({@code ./newsroom extract --explain FILE}). {@code side} is null when the speaker has none.
 */
public record StatementExplanation(ExtractedStatement statement, String speaker, String side, List<String> targets) {

    public StatementExplanation {
        targets = List.copyOf(targets);
    }
}
