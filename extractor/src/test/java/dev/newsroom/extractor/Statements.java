package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ActorKind;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.StatementType;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/** Assertions on extracted statements, found by their cue and content. */
final class Statements {

    private Statements() {
    }

    /** The one statement whose cue and content are exactly these. */
    static ExtractedStatement find(List<ExtractedStatement> all, String cue, String content) {
        List<ExtractedStatement> hits = all.stream()
                .filter(s -> s.cue().text().equals(cue) && s.content().text().equals(content)).toList();
        if (hits.size() != 1) {
            fail("expected one statement with cue '" + cue + "' and content '" + content + "' but found "
                    + hits.size() + " in:\n" + describe(all));
        }
        return hits.get(0);
    }

    static void assertStatement(List<ExtractedStatement> all, String speaker, String side, ActorKind kind,
                                String cue, String content, boolean direct, StatementType type) {
        ExtractedStatement s = find(all, cue, content);
        assertEquals(speaker, s.speaker().name(), "speaker of '" + content + "'");
        assertEquals(side, s.speaker().side(), "side of '" + content + "'");
        assertEquals(kind, s.speaker().kind(), "kind of '" + content + "'");
        assertEquals(direct, s.direct(), "direct '" + content + "'");
        assertEquals(type, s.type(), "type of '" + content + "'");
    }

    static String describe(List<ExtractedStatement> all) {
        return all.stream().map(s -> "  " + s.speaker().name() + " [" + s.speaker().side() + " " + s.speaker().kind()
                + "] | " + s.mention().text() + " | " + s.cue().text() + " | " + s.content().text() + " | "
                + (s.direct() ? "direct " : "") + s.type()).collect(Collectors.joining("\n"));
    }
}
