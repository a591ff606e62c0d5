package dev.newsroom.extractor.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One attribution found in an article. All spans are offsets into the text that was analysed
 * ({@link ArticleText#text()}); callers map them to the original text when they differ.
 */
public record ExtractedStatement(
        Actor speaker,
        TextSpan mention,
        TextSpan cue,
        TextSpan content,
        boolean direct,
        List<Actor> targets,
        StatementType type,
        double stance,
        Actor via,
        LocalDate statedAt,
        List<String> disputes,
        List<String> topics) {

    public ExtractedStatement {
        targets = List.copyOf(targets);
        disputes = List.copyOf(disputes);
        topics = List.copyOf(topics);
    }
}
