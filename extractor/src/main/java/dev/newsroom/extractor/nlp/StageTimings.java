package dev.newsroom.extractor.nlp;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent in each stage, summed over all articles (for the benchmarks): wall time, and the CPU time of
 * the threads that ran it, which other processes on a shared machine do not inflate.
 */
public final class StageTimings {

    /** The stages of one extraction, in order. */
    public enum Stage { TAGGING, NER, PARSING, RULES }

    private final Map<Stage, LongAdder> wall = new EnumMap<>(Stage.class);
    private final Map<Stage, LongAdder> cpu = new EnumMap<>(Stage.class);
    private final LongAdder parsedSentences = new LongAdder();
    private final LongAdder parsedTokens = new LongAdder();

    public StageTimings() {
        for (Stage s : Stage.values()) {
            wall.put(s, new LongAdder());
            cpu.put(s, new LongAdder());
        }
    }

    public void add(Stage stage, long wallNanos, long cpuNanos) {
        wall.get(stage).add(wallNanos);
        cpu.get(stage).add(cpuNanos);
    }

    void addParsed(int sentences, int tokens) {
        parsedSentences.add(sentences);
        parsedTokens.add(tokens);
    }

    public void reset() {
        wall.values().forEach(LongAdder::reset);
        cpu.values().forEach(LongAdder::reset);
        parsedSentences.reset();
        parsedTokens.reset();
    }

    public long wallNanos(Stage stage) { return wall.get(stage).sum(); }
    public long cpuNanos(Stage stage) { return cpu.get(stage).sum(); }
    public long parsedSentences() { return parsedSentences.sum(); }
    public long parsedTokens() { return parsedTokens.sum(); }
}
