package dev.newsroom.extractor.cli;

import dev.newsroom.extractor.StatementExplanation;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ExtractedStatement;

import java.util.stream.Collectors;

/** The readable form of a statement and its evidence that {@code ./newsroom extract --explain} prints. */
final class Explanations {

    private Explanations() {
    }

    static String text(String doc, StatementExplanation e) {
        ExtractedStatement s = e.statement();
        Actor speaker = s.speaker();
        StringBuilder sb = new StringBuilder();
        sb.append(doc).append(" @").append(s.content().start()).append(": ").append(speaker.name())
                .append(" [").append(speaker.id()).append(", side ").append(speaker.side()).append("] ")
                .append(s.cue().text()).append(" → ").append(s.type())
                .append(s.disputes().isEmpty() ? "" : " " + s.disputes()).append('\n');
        sb.append("    content: ").append(abbreviate(s.content().text())).append('\n');
        sb.append("    speaker: '").append(s.mention().text()).append("' ← ").append(e.speaker()).append('\n');
        sb.append("    side:    ").append(speaker.side() == null ? "none (no evidence about the speaker)"
                : speaker.side() + " ← " + e.side()).append('\n');
        sb.append("    targets: ").append(e.targets().isEmpty() ? "none"
                : e.targets().stream().collect(Collectors.joining("\n             ")));
        return sb.toString();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 117) + "...";
    }
}
