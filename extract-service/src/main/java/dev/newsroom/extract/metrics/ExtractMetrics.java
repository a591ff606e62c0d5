package dev.newsroom.extract.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.newsroom.extract.deadletter.FailureReason;

/**
 * The service's meters. They count records as they are processed: a transaction that aborts (a crash, a
 * rebalance that fences this instance) is processed again and counted again, so under failures they can
 * run ahead of what consumers see.
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
    private final Map<FailureReason, Counter> deadLetters = new EnumMap<>(FailureReason.class);
    private final Timer extractionTime;

    public ExtractMetrics(MeterRegistry registry) {
        articlesExtracted = articles(registry, "extracted", "Article versions analysed and their events emitted");
        articlesNonEnglish = articles(registry, "non_english", "Articles skipped because they are not in English");
        articlesUnchanged = articles(registry, "already_processed", "Article versions seen before, nothing emitted");
        statementsExtracted = statements(registry, "EXTRACTED");
        statementsRetracted = statements(registry, "RETRACTED");
        for (FailureReason reason : FailureReason.values()) {
            deadLetters.put(reason, Counter.builder(DLQ_RECORDS).tag("reason", reason.code())
                    .description("Raw records sent to the extraction DLQ, not extracted").register(registry));
        }
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

    public void extracted(int statements, int retractions) {
        articlesExtracted.increment();
        statementsExtracted.increment(statements);
        statementsRetracted.increment(retractions);
    }

    public void nonEnglish() {
        articlesNonEnglish.increment();
    }

    public void unchanged() {
        articlesUnchanged.increment();
    }

    public void deadLetter(FailureReason reason) {
        deadLetters.get(reason).increment();
    }

    public void extractionTook(Duration duration) {
        extractionTime.record(duration);
    }
}
