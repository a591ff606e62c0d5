package dev.newsroom.extractor.rules;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attribution frames read from words and tags alone, where the parse goes wrong: TokensRegex rules of a
 * resource file ({@code rules/quote-frames.tokensregex}, {@code rules/subject-frames.tokensregex}) with
 * groups $speaker and, where the frame holds the cue, $cue.
 */
public final class SurfaceFrames {

    /** Token ranges [start, end), relative to the first token matched; the cue's is empty when the frame holds none. */
    public record Match(int speakerStart, int speakerEnd, int cueStart, int cueEnd) {
    }

    private final List<TokenSequencePattern> frames = new ArrayList<>();

    public SurfaceFrames(List<String> lines) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (String line : lines) {
            String[] fields = line.trim().split("\\t+");
            if (fields[0].equals("define") && fields.length == 3) {
                parts.put(fields[1], expand(fields[2], parts));
            } else if (fields[0].equals("frame") && fields.length == 2) {
                frames.add(TokenSequencePattern.compile(expand(fields[1], parts)));
            } else {
                throw new IllegalStateException("frame line must be 'define<TAB>$NAME<TAB>pattern' or "
                        + "'frame<TAB>pattern': " + line);
            }
        }
    }

    /** "“...,” Smith said": the speaker and verb that follow a quote. */
    public static SurfaceFrames quoteFrames() {
        return new SurfaceFrames(Tsv.lines("rules/quote-frames.tokensregex"));
    }

    /** "Ann Lee, wearing a campaign shirt, said": the subject before a cue the parse gave none. */
    public static SurfaceFrames subjectFrames() {
        return new SurfaceFrames(Tsv.lines("rules/subject-frames.tokensregex"));
    }

    /** The first frame that {@code tokens} begin with, if any. */
    public Optional<Match> matchStart(List<CoreLabel> tokens) {
        for (TokenSequencePattern pattern : frames) {
            TokenSequenceMatcher m = pattern.getMatcher(tokens);
            if (m.find() && m.start() == 0) {
                return Optional.of(match(m));
            }
        }
        return Optional.empty();
    }

    /** The first frame that matches all of {@code tokens}, if any. */
    public Optional<Match> matchAll(List<CoreLabel> tokens) {
        for (TokenSequencePattern pattern : frames) {
            TokenSequenceMatcher m = pattern.getMatcher(tokens);
            if (m.matches()) {
                return Optional.of(match(m));
            }
        }
        return Optional.empty();
    }

    private static Match match(TokenSequenceMatcher m) {
        boolean hasCue = m.groupNodes("$cue") != null;
        return new Match(m.start("$speaker"), m.end("$speaker"), hasCue ? m.start("$cue") : 0, hasCue ? m.end("$cue") : 0);
    }

    private static String expand(String pattern, Map<String, String> parts) {
        String result = pattern;
        for (Map.Entry<String, String> part : parts.entrySet()) {
            result = result.replace(part.getKey(), "(" + part.getValue() + ")");
        }
        return result;
    }
}
