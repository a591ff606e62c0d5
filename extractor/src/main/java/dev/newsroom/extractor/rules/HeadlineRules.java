package dev.newsroom.extractor.rules;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The TokensRegex headline attributions of {@code rules/headlines.tokensregex}: rules over a whole title line
 * and rules over one clause of it.
 */
public final class HeadlineRules {

    /** Token ranges [start, end) of a headline's parts. */
    public record Match(int contentStart, int contentEnd, int cueStart, int cueEnd, int speakerStart, int speakerEnd) {
    }

    private final List<TokenSequencePattern> linePatterns = new ArrayList<>();
    private final List<TokenSequencePattern> clausePatterns = new ArrayList<>();

    public HeadlineRules(List<String> lines, Collection<String> verbHeads) {
        String verbForms = String.join("|", presentForms(verbHeads));
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+", 2);
            if (parts.length != 2 || !Set.of("line", "clause").contains(parts[0])) {
                throw new IllegalStateException("headline rule must start with 'line' or 'clause': " + line);
            }
            TokenSequencePattern pattern = TokenSequencePattern.compile(
                    parts[1].replace("$HEADLINE_VERB", "(?i)(" + verbForms + ")"));
            (parts[0].equals("line") ? linePatterns : clausePatterns).add(pattern);
        }
    }

    public static HeadlineRules load() {
        return new HeadlineRules(Tsv.lines("rules/headlines.tokensregex"), CueLexicon.load().verbHeads());
    }

    /** The first line rule that matches the whole title line, if any. */
    public Optional<Match> match(List<CoreLabel> tokens) {
        return first(linePatterns, tokens);
    }

    /** The first clause rule that matches the whole clause of a title line, if any. */
    public Optional<Match> matchClause(List<CoreLabel> tokens) {
        return first(clausePatterns, tokens);
    }

    private static Optional<Match> first(List<TokenSequencePattern> patterns, List<CoreLabel> tokens) {
        for (TokenSequencePattern pattern : patterns) {
            TokenSequenceMatcher m = pattern.getMatcher(tokens);
            if (m.matches()) {
                return Optional.of(new Match(m.start("$content"), m.end("$content"), m.start("$cue"), m.end("$cue"),
                        m.start("$speaker"), m.end("$speaker")));
            }
        }
        return Optional.empty();
    }

    /** The lemma a headline verb form ("says", "pushes", "denies", "urge") stands for, among {@code heads}. */
    public static Optional<String> lemmaOf(String word, Collection<String> heads) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>(List.of(w));
        if (w.endsWith("ies")) {
            candidates.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es")) {
            candidates.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s")) {
            candidates.add(w.substring(0, w.length() - 1));
        }
        return candidates.stream().filter(heads::contains).findFirst();
    }

    private static Set<String> presentForms(Collection<String> heads) {
        Set<String> forms = new TreeSet<>();
        for (String h : heads) {
            forms.add(h);
            if (h.endsWith("y") && h.length() > 2 && "aeiou".indexOf(h.charAt(h.length() - 2)) < 0) {
                forms.add(h.substring(0, h.length() - 1) + "ies");
            } else if (h.matches(".*(s|sh|ch|x|z|[^aeiou]o)")) {
                forms.add(h + "es");
            } else {
                forms.add(h + "s");
            }
        }
        return forms;
    }
}
