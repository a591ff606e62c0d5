package dev.newsroom.store.projection;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.store.views.ViewStore;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * The live projection: consumes {@code news.statements}, {@code news.articles.raw} and {@code news.extraction.dlq}
 * in batches and projects them into the live generation. Poison goes to the dead-letter topic with its original bytes and the error;
 * failures of Mongo or the registry go back to the container, which backs off and redelivers the batch.
 */
@Component
class ProjectionListener {

    private static final Logger log = LoggerFactory.getLogger(ProjectionListener.class);

    private final BatchProjection batches;
    private final StatementProjector statements;
    private final ArticleProjector articles;
    private final ExtractionFailureProjector extractionFailures;
    private final ViewStore viewStore;
    private final ProjectionGate gate;
    private final DeadLetterPublishingRecoverer deadLetters;

    ProjectionListener(BatchProjection batches, StatementProjector statements, ArticleProjector articles,
                       ExtractionFailureProjector extractionFailures, ViewStore viewStore, ProjectionGate gate,
                       DeadLetterPublishingRecoverer deadLetters) {
        this.batches = batches;
        this.statements = statements;
        this.articles = articles;
        this.extractionFailures = extractionFailures;
        this.viewStore = viewStore;
        this.gate = gate;
        this.deadLetters = deadLetters;
    }

    @KafkaListener(id = "statements", idIsGroup = false, topics = "${newsroom.topics.statements:news.statements}",
            containerFactory = "projectionContainerFactory")
    void onStatements(List<ConsumerRecord<byte[], byte[]>> records) {
        batches.apply(records, StatementEvent.class,
                batch -> gate.run(() -> statements.project(batch, viewStore.live())), this::deadLetter);
    }

    @KafkaListener(id = "articles", idIsGroup = false, topics = "${newsroom.topics.articles-raw:news.articles.raw}",
            containerFactory = "projectionContainerFactory")
    void onArticles(List<ConsumerRecord<byte[], byte[]>> records) {
        batches.apply(records, RawArticle.class,
                batch -> gate.run(() -> articles.project(batch, viewStore.live())), this::deadLetter);
    }

    /** Articles extract-service could not extract: their pages say so and why. */
    @KafkaListener(id = "extraction-failures", idIsGroup = false,
            topics = "${newsroom.topics.extraction-dlq:news.extraction.dlq}", containerFactory = "projectionContainerFactory")
    void onExtractionFailures(List<ConsumerRecord<byte[], byte[]>> records) {
        gate.run(() -> extractionFailures.project(records, viewStore.live()));
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, Exception e) {
        log.warn("Dead-lettering record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
        deadLetters.accept(record, e);
    }
}
