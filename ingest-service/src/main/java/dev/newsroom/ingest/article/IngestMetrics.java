package dev.newsroom.ingest.article;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import dev.newsroom.articles.RejectionReason;
import dev.newsroom.events.IngestSource;
import dev.newsroom.ingest.identity.Outcome;

/**
 * Counters of what came in: {@code newsroom.ingest.articles{source,outcome}} and
 * {@code newsroom.ingest.rejected{source,reason}} (Prometheus: {@code newsroom_ingest_rejected_total}).
 * Every reason is registered at zero up front so dashboards and alerts see it before it first happens.
 */
@Component
public class IngestMetrics {

    /** Reasons that are not about the article itself. */
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String PUBLISH_FAILED = "publish-failed";

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (IngestSource source : IngestSource.values()) {
            for (RejectionReason reason : RejectionReason.values()) {
                rejectedCounter(source, reason.code());
            }
            for (Outcome outcome : Outcome.values()) {
                outcomeCounter(source, outcome);
            }
        }
    }

    public void rejected(IngestSource source, String reason) {
        rejectedCounter(source, reason).increment();
    }

    /** Counted where the outcome is decided, in the identity step. */
    public void ingested(IngestSource source, Outcome outcome) {
        outcomeCounter(source, outcome).increment();
    }

    private Counter rejectedCounter(IngestSource source, String reason) {
        return Counter.builder("newsroom.ingest.rejected").description("Articles refused, by reason")
                .tag("source", tag(source)).tag("reason", reason).register(registry);
    }

    private Counter outcomeCounter(IngestSource source, Outcome status) {
        return Counter.builder("newsroom.ingest.articles").description("Articles ingested, by outcome")
                .tag("source", tag(source)).tag("outcome", status.name().toLowerCase(Locale.ROOT)).register(registry);
    }

    private static String tag(IngestSource source) {
        return source.name().toLowerCase(Locale.ROOT);
    }
}
