package dev.newsroom.extractor.nlp;

import java.util.concurrent.atomic.LongAdder;

/** Wall time spent in each stage, summed over all articles (for the benchmark). */
public final class StageTimings {

    private final LongAdder tagging = new LongAdder();
    private final LongAdder ner = new LongAdder();
    private final LongAdder parsing = new LongAdder();
    private final LongAdder rules = new LongAdder();
    private final LongAdder parsedSentences = new LongAdder();

    void add(long taggingNanos, long nerNanos, long parsingNanos, int parsed) {
        tagging.add(taggingNanos);
        ner.add(nerNanos);
        parsing.add(parsingNanos);
        parsedSentences.add(parsed);
    }

    public void addRules(long nanos) {
        rules.add(nanos);
    }

    public void reset() {
        tagging.reset();
        ner.reset();
        parsing.reset();
        rules.reset();
        parsedSentences.reset();
    }

    public long taggingNanos() { return tagging.sum(); }
    public long nerNanos() { return ner.sum(); }
    public long parsingNanos() { return parsing.sum(); }
    public long rulesNanos() { return rules.sum(); }
    public long parsedSentences() { return parsedSentences.sum(); }
}
