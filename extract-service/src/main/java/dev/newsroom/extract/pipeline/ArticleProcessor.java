package dev.newsroom.extract.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.extract.TopicsProperties;
import dev.newsroom.extract.deadletter.DeadLetters;
import dev.newsroom.extract.extraction.BudgetedExtractor;
import dev.newsroom.extract.metrics.ExtractMetrics.Tally;
import dev.newsroom.extract.state.ArticleState;
import dev.newsroom.extract.state.ArticleStateCodec;
import dev.newsroom.extract.statements.ArticleEvents;
import dev.newsroom.extract.statements.StatementEventFactory;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.serde.SchemaRegistryException;

/**
 * The transform step for one raw-article record: decides what to write for it. An article version
 * already processed yields nothing; a non-English article yields nothing; an English one yields its
 * statement events and its new state record; anything that fails (undecodable value, extractor error,
 * time budget spent) yields a dead letter instead, except an unavailable schema registry, which is
 * retried because it says nothing about the article.
 */
final class ArticleProcessor {

    private final TopicsProperties topics;
    private final String stateTopic;
    private final Deserializer<?> rawArticles;
    private final Serializer<? super StatementEvent> statementEvents;
    private final BudgetedExtractor extractor;
    private final Clock clock;

    ArticleProcessor(TopicsProperties topics, String stateTopic, Deserializer<?> rawArticles,
            Serializer<? super StatementEvent> statementEvents, BudgetedExtractor extractor, Clock clock) {
        this.topics = topics;
        this.stateTopic = stateTopic;
        this.rawArticles = rawArticles;
        this.statementEvents = statementEvents;
        this.extractor = extractor;
        this.clock = clock;
    }

    /**
     * @param previousState the state of an article as this transaction sees it
     */
    Outcome process(ConsumerRecord<byte[], byte[]> record, Function<String, ArticleState> previousState, Tally tally) {
        try {
            RawArticle article = decode(record);
            ArticleState previous = previousState.apply(article.getArticleId());
            if (previous != null && article.getVersion() <= previous.version()) {
                tally.unchanged();
                return Outcome.NOTHING;
            }
            if (!"en".equalsIgnoreCase(article.getLanguage())) {
                tally.nonEnglish();
                return Outcome.NOTHING;
            }
            ArticleText text = new ArticleText(article.getArticleId(), article.getTitle(), article.getCleanedText(),
                    article.getPublishedAt(), article.getLanguage());
            ArticleEvents events = StatementEventFactory.eventsFor(article, extractor.extract(text), previous,
                    clock.instant());
            List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
            byte[] key = article.getArticleId().getBytes(StandardCharsets.UTF_8);
            for (StatementEvent event : events.events()) {
                out.add(new ProducerRecord<>(topics.statements(), key,
                        statementEvents.serialize(topics.statements(), event)));
            }
            out.add(new ProducerRecord<>(stateTopic, record.partition(), key, ArticleStateCodec.encode(events.state())));
            tally.extracted(events.extracted(), events.retracted());
            return new Outcome(out, events.state());
        }
        catch (InterruptException e) {
            throw e;
        }
        catch (RuntimeException e) {
            if (registryUnavailable(e)) {
                throw new RegistryUnavailableException(e);
            }
            tally.deadLetter();
            return new Outcome(List.of(DeadLetters.deadLetter(topics.extractionDlq(), record, e)), null);
        }
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

    private RawArticle decode(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            throw new SerializationException("Record has no value (tombstone); expected an Avro RawArticle");
        }
        Object value = rawArticles.deserialize(record.topic(), record.headers(), record.value());
        if (value instanceof RawArticle article) {
            return article;
        }
        throw new SerializationException("Expected an Avro RawArticle but the record holds "
                + (value == null ? "null" : value.getClass().getName()));
    }

    /** The schema registry is unreachable or failing; the batch is retried from its committed offsets. */
    static final class RegistryUnavailableException extends RuntimeException {
        RegistryUnavailableException(Throwable cause) {
            super("Schema registry unavailable: " + cause.getMessage(), cause);
        }
    }

    /**
     * @param records what to write in the transaction
     * @param state   the article's new state, or null when it does not change
     */
    record Outcome(List<ProducerRecord<byte[], byte[]>> records, ArticleState state) {
        static final Outcome NOTHING = new Outcome(List.of(), null);
    }
}
