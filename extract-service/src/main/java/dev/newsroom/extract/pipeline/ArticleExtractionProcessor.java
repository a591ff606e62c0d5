package dev.newsroom.extract.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.extract.deadletter.DeadLetters;
import dev.newsroom.extract.deadletter.FailureReason;
import dev.newsroom.extract.extraction.BudgetedExtractor;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.state.ArticleState;
import dev.newsroom.extract.statements.ArticleEvents;
import dev.newsroom.extract.statements.StatementEventFactory;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.serde.SchemaRegistryException;

/**
 * One raw-article record in, what it produces out. An article version at or below the one in the
 * article-state store yields nothing; a non-English article yields nothing; an English one yields its
 * statement events (to {@link ExtractionTopology#STATEMENTS}) and its new state in the store; anything
 * that fails (undecodable value, extractor error, time budget spent) yields a dead letter instead (to
 * {@link ExtractionTopology#DEAD_LETTERS}) and a log line, except an unavailable schema registry, which
 * says nothing about the article: that fails the task, so the transaction aborts and the record is
 * processed again. Kafka Streams writes the outputs, the store's changelog and the offset in one
 * transaction.
 */
final class ArticleExtractionProcessor implements Processor<byte[], byte[], byte[], byte[]> {

    private static final Logger log = LoggerFactory.getLogger(ArticleExtractionProcessor.class);
    static final Duration REGISTRY_RETRY_BACKOFF = Duration.ofSeconds(5);

    private final String statementsTopic;
    private final Deserializer<?> rawArticles;
    private final Serializer<? super StatementEvent> statementEvents;
    private final BudgetedExtractor extractor;
    private final ExtractMetrics metrics;
    private final Clock clock;
    private ProcessorContext<byte[], byte[]> context;
    private KeyValueStore<String, ArticleState> states;

    ArticleExtractionProcessor(String statementsTopic, Deserializer<?> rawArticles,
            Serializer<? super StatementEvent> statementEvents, BudgetedExtractor extractor, ExtractMetrics metrics,
            Clock clock) {
        this.statementsTopic = statementsTopic;
        this.rawArticles = rawArticles;
        this.statementEvents = statementEvents;
        this.extractor = extractor;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<byte[], byte[]> context) {
        this.context = context;
        this.states = context.getStateStore(ExtractionTopology.ARTICLE_STATE);
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        RecordMetadata source = context.recordMetadata().orElseThrow();
        try {
            extract(record, source);
        }
        catch (InterruptException e) {
            throw e;
        }
        catch (RuntimeException e) {
            if (registryUnavailable(e)) {
                log.warn("Schema registry unavailable; {}-{}@{} is processed again in {}: {}", source.topic(),
                        source.partition(), source.offset(), REGISTRY_RETRY_BACKOFF, e.getMessage());
                pause(REGISTRY_RETRY_BACKOFF);
                throw new RegistryUnavailableException(e);
            }
            FailureReason reason = FailureReason.of(e);
            log.warn("Not extracted ({}): {} {}-{}@{} goes to the dead-letter topic: {}", reason.description(),
                    key(record), source.topic(), source.partition(), source.offset(), DeadLetters.describe(e));
            metrics.deadLetter(reason);
            context.forward(DeadLetters.deadLetter(record, source, e, reason), ExtractionTopology.DEAD_LETTERS);
        }
    }

    private void extract(Record<byte[], byte[]> record, RecordMetadata source) {
        RawArticle article = decode(record, source.topic());
        ArticleState previous = states.get(article.getArticleId());
        if (previous != null && article.getVersion() <= previous.version()) {
            metrics.unchanged();
            return;
        }
        if (!"en".equalsIgnoreCase(article.getLanguage())) {
            metrics.nonEnglish();
            return;
        }
        ArticleText text = new ArticleText(article.getArticleId(), article.getTitle(), article.getCleanedText(),
                article.getPublishedAt(), article.getLanguage());
        Instant now = clock.instant();
        ArticleEvents events = StatementEventFactory.eventsFor(article, extractor.extract(text), previous, now);
        byte[] key = article.getArticleId().getBytes(StandardCharsets.UTF_8);
        for (StatementEvent event : events.events()) {
            context.forward(new Record<>(key, statementEvents.serialize(statementsTopic, event), now.toEpochMilli(),
                    new RecordHeaders()),
                    ExtractionTopology.STATEMENTS);
        }
        states.put(article.getArticleId(), events.state());
        metrics.extracted(events.extracted(), events.retracted());
    }

    private RawArticle decode(Record<byte[], byte[]> record, String topic) {
        if (record.value() == null) {
            throw new SerializationException("Record has no value (tombstone); expected an Avro RawArticle");
        }
        Object value = rawArticles.deserialize(topic, record.headers(), record.value());
        if (value instanceof RawArticle article) {
            return article;
        }
        throw new SerializationException("Expected an Avro RawArticle but the record holds "
                + (value == null ? "null" : value.getClass().getName()));
    }

    /** A registry that cannot be reached or fails on its side says nothing about the article: retry, do not dead-letter. */
    private static boolean registryUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SchemaRegistryException registry) {
                return registry.errorCode() == SchemaRegistryException.UNREACHABLE || registry.httpStatus() >= 500;
            }
            if (cause == cause.getCause()) {
                break;
            }
        }
        return false;
    }

    private static String key(Record<byte[], byte[]> record) {
        return record.key() == null ? "(no key)" : new String(record.key(), StandardCharsets.UTF_8);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        }
    }

    /** The schema registry is unreachable or failing; the stream thread is replaced and the record processed again. */
    static final class RegistryUnavailableException extends RuntimeException {
        RegistryUnavailableException(Throwable cause) {
            super("Schema registry unavailable: " + cause.getMessage(), cause);
        }
    }
}
