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
 * for each cue word, the speaker heads the rules bind (in rule order) and the content head of the first
 * rule binding one.
 */
public final class AttributionRules {

    /** A speaker head a rule found, with the rule's name. */
    public record Speaker(IndexedWord head, String rule) {
    }

    /** What the rules found for one cue word: speaker candidates in rule order, and content (or null). */
    public record Binding(IndexedWord cue, List<Speaker> speakers, IndexedWord content, String contentRule) {
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
        Map<IndexedWord, List<Speaker>> speakers = new LinkedHashMap<>();
        Map<IndexedWord, IndexedWord> contents = new LinkedHashMap<>();
        Map<IndexedWord, String> contentRules = new LinkedHashMap<>();
        for (Rule rule : rules) {
            SemgrexMatcher m = rule.pattern().matcher(graph);
            while (m.find()) {
                IndexedWord cue = m.getNode("cue");
                IndexedWord speaker = m.getNode("speaker");
                IndexedWord content = m.getNode("content");
                List<Speaker> candidates = speakers.computeIfAbsent(cue, c -> new ArrayList<>());
                if (speaker != null && !speaker.equals(cue)
                        && candidates.stream().noneMatch(c -> c.head().equals(speaker))) {
                    candidates.add(new Speaker(speaker, rule.name()));
                }
                if (content != null && !content.equals(cue) && !contents.containsKey(cue)
                        && !(speaker != null && content.equals(speaker))) {
                    contents.put(cue, content);
                    contentRules.put(cue, rule.name());
                }
            }
        }
        List<Binding> out = new ArrayList<>();
        speakers.forEach((cue, candidates) -> out.add(new Binding(cue, candidates, contents.get(cue), contentRules.get(cue))));
        return out;
    }
}
