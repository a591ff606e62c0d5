package dev.newsroom.extractor.rules;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Semgrex attribution rules of {@code rules/attribution.semgrex}, applied to one sentence graph:
 * for each cue word, the speaker head of the first rule binding one and the content head of the first
 * rule binding one.
 */
public final class AttributionRules {

    /** What the rules found for one cue word; speaker or content may be null. */
    public record Binding(IndexedWord cue, IndexedWord speaker, String speakerRule,
                          IndexedWord content, String contentRule) {
    }

    private record Rule(String name, SemgrexPattern pattern) {
    }

    private final List<Rule> rules = new ArrayList<>();

    public AttributionRules(List<String> lines, CueLexicon lexicon) {
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+", 2);
            if (parts.length != 2) {
                throw new IllegalStateException("attribution rule without pattern: " + line);
            }
            String pattern = parts[1].replace("$VERB", lexicon.verbRegex()).replace("$NOUN", lexicon.nounRegex());
            try {
                rules.add(new Rule(parts[0], SemgrexPattern.compile(pattern)));
            } catch (RuntimeException e) {
                throw new IllegalStateException("bad attribution rule " + parts[0] + ": " + e.getMessage(), e);
            }
        }
    }

    public static AttributionRules load(CueLexicon lexicon) {
        return new AttributionRules(Tsv.lines("rules/attribution.semgrex"), lexicon);
    }

    public List<Binding> apply(SemanticGraph graph) {
        Map<IndexedWord, Binding> byCue = new LinkedHashMap<>();
        for (Rule rule : rules) {
            SemgrexMatcher m = rule.pattern().matcher(graph);
            while (m.find()) {
                IndexedWord cue = m.getNode("cue");
                IndexedWord speaker = m.getNode("speaker");
                IndexedWord content = m.getNode("content");
                Binding b = byCue.getOrDefault(cue, new Binding(cue, null, null, null, null));
                if (b.speaker() == null && speaker != null && !speaker.equals(cue)) {
                    b = new Binding(cue, speaker, rule.name(), b.content(), b.contentRule());
                }
                if (b.content() == null && content != null && !content.equals(cue) && !content.equals(b.speaker())) {
                    b = new Binding(cue, b.speaker(), b.speakerRule(), content, rule.name());
                }
                byCue.put(cue, b);
            }
        }
        return new ArrayList<>(byCue.values());
    }
}
