package dev.newsroom.extractor.rules;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The TokensRegex headline attributions of {@code rules/headlines.tokensregex}. */
public final class HeadlineRules {

    /** Token ranges [start, end) of a headline's parts. */
    public record Match(int contentStart, int contentEnd, int cueStart, int cueEnd, int speakerStart, int speakerEnd) {
    }

    private final List<TokenSequencePattern> patterns = new ArrayList<>();

    public HeadlineRules(List<String> lines) {
        for (String line : lines) {
            patterns.add(TokenSequencePattern.compile(line));
        }
    }

    public static HeadlineRules load() {
        return new HeadlineRules(Tsv.lines("rules/headlines.tokensregex"));
    }

    /** The first pattern that matches the whole title line, if any. */
    public Optional<Match> match(List<CoreLabel> tokens) {
        for (TokenSequencePattern pattern : patterns) {
            TokenSequenceMatcher m = pattern.getMatcher(tokens);
            if (m.matches()) {
                return Optional.of(new Match(m.start("$content"), m.end("$content"), m.start("$cue"), m.end("$cue"),
                        m.start("$speaker"), m.end("$speaker")));
            }
        }
        return Optional.empty();
    }
}
