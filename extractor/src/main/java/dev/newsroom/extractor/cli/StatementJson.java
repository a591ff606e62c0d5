package dev.newsroom.extractor.cli;

import dev.newsroom.articles.OffsetMap;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.TextSpan;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** One statement as a JSON line in the format of the evaluation README (plus via, statedAt, disputes, topics). */
final class StatementJson {

    private final JsonMapper mapper = JsonMapper.builder().build();

    /**
     * @param doc      the input file's name
     * @param original the file's original text
     * @param toOriginal maps spans of the analysed text to the original text (null when they are the same)
     */
    String line(String doc, String original, OffsetMap toOriginal, ExtractedStatement s) {
        ObjectNode o = mapper.createObjectNode();
        o.put("doc", doc);
        ObjectNode speaker = o.putObject("speaker");
        speaker.put("name", s.speaker().name());
        speaker.put("side", s.speaker().side());
        speaker.put("kind", s.speaker().kind().name());
        speaker.put("id", s.speaker().id());
        if (s.speaker().role() != null) {
            speaker.put("role", s.speaker().role());
        }
        span(o.putObject("mention"), s.mention(), original, toOriginal);
        span(o.putObject("cue"), s.cue(), original, toOriginal);
        span(o.putObject("content"), s.content(), original, toOriginal);
        o.put("direct", s.direct());
        ArrayNode targets = o.putArray("targets");
        for (Actor t : s.targets()) {
            targets.addObject().put("name", t.name()).put("side", t.side());
        }
        o.put("type", s.type().name());
        o.put("stance", s.stance());
        if (s.via() != null) {
            o.putObject("via").put("name", s.via().name()).put("side", s.via().side());
        }
        if (s.statedAt() != null) {
            o.put("statedAt", s.statedAt().toString());
        }
        ArrayNode disputes = o.putArray("disputes");
        s.disputes().forEach(disputes::add);
        ArrayNode topics = o.putArray("topics");
        s.topics().forEach(topics::add);
        return mapper.writeValueAsString(o);
    }

    private static void span(ObjectNode node, TextSpan span, String original, OffsetMap toOriginal) {
        int start = span.start();
        int end = span.end();
        if (toOriginal != null) {
            OffsetMap.Span mapped = toOriginal.toOriginal(start, end);
            start = mapped.start();
            end = mapped.end();
        }
        node.put("text", original.substring(start, end));
        node.put("start", start);
        node.put("end", end);
    }
}
