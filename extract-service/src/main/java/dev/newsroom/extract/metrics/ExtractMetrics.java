package dev.newsroom.extract.metrics;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The service's meters. Counters move only when the transaction that produced the counted records
 * commits, so they count what consumers will see, not attempts.
 */
public final class ExtractMetrics {

    public static final String ARTICLES = "newsroom.extract.articles";
    public static final String STATEMENTS = "newsroom.extract.statements";
    public static final String DLQ_RECORDS = "newsroom.extract.dlq.records";
    public static final String EXTRACTION_TIME = "newsroom.extract.extraction.time";

    private final Counter articlesExtracted;
    private final Counter articlesNonEnglish;
    private final Counter articlesUnchanged;
    private final Counter statementsExtracted;
    private final Counter statementsRetracted;
    private final Counter deadLetters;
    private final Timer extractionTime;

    public ExtractMetrics(MeterRegistry registry) {
        articlesExtracted = articles(registry, "extracted", "Article versions analysed and their events emitted");
        articlesNonEnglish = articles(registry, "non_english", "Articles skipped because they are not in English");
        articlesUnchanged = articles(registry, "already_processed", "Article versions seen before, nothing emitted");
        statementsExtracted = statements(registry, "EXTRACTED");
        statementsRetracted = statements(registry, "RETRACTED");
        deadLetters = Counter.builder(DLQ_RECORDS).description("Raw articles sent to the extraction DLQ")
                .register(registry);
        extractionTime = Timer.builder(EXTRACTION_TIME).description("Time the extractor took per article")
                .register(registry);
    }

    private static Counter articles(MeterRegistry registry, String outcome, String description) {
        return Counter.builder(ARTICLES).tag("outcome", outcome).description(description).register(registry);
    }

    private static Counter statements(MeterRegistry registry, String eventType) {
        return Counter.builder(STATEMENTS).tag("event", eventType).description("Statement events emitted")
                .register(registry);
    }

    /** What one committed transaction did. */
    public void committed(Tally tally) {
        articlesExtracted.increment(tally.extracted);
        articlesNonEnglish.increment(tally.nonEnglish);
        articlesUnchanged.increment(tally.unchanged);
        statementsExtracted.increment(tally.statementsExtracted);
        statementsRetracted.increment(tally.statementsRetracted);
        deadLetters.increment(tally.deadLetters);
    }

    public void extractionTook(Duration duration) {
        extractionTime.record(duration);
    }

    /** Counts of one transaction, applied to the counters when it commits. */
    public static final class Tally {
        private int extracted;
        private int nonEnglish;
        private int unchanged;
        private int statementsExtracted;
        private int statementsRetracted;
        private int deadLetters;

        public void extracted(int statements, int retractions) {
            extracted++;
            statementsExtracted += statements;
            statementsRetracted += retractions;
        }

        public void nonEnglish() {
            nonEnglish++;
        }

        public void unchanged() {
            unchanged++;
        }

        public void deadLetter() {
            deadLetters++;
        }
    }
}
