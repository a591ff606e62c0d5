package dev.newsroom.extractor.rules;

import dev.newsroom.extractor.model.StatementType;

import java.util.List;

/** The content cues of {@code rules/content-cues.tsv} and the topic labels of {@code rules/topics.tsv}. */
public final class ContentCues {

    /** A type and stance suggested by words of the content. */
    public record Signal(StatementType type, double stance) {
    }

    private final PhraseLexicon<Signal> signals = new PhraseLexicon<>();
    private final PhraseLexicon<String> topics = new PhraseLexicon<>();

    public ContentCues(List<String[]> signalRows, List<String[]> topicRows) {
        for (String[] row : signalRows) {
            signals.put(row[0], new Signal(StatementType.valueOf(row[1]), Double.parseDouble(row[2])));
        }
        for (String[] row : topicRows) {
            topics.put(row[0], row[1]);
        }
    }

    public static ContentCues load() {
        return new ContentCues(Tsv.rows("rules/content-cues.tsv", 3), Tsv.rows("rules/topics.tsv", 2));
    }

    /** The strongest signal in the content's lemmas, or null when it carries none. */
    public Signal signal(List<String> lemmas) {
        return signals.first(lemmas);
    }

    public List<String> topics(List<String> lemmas) {
        return topics.matches(lemmas);
    }
}
