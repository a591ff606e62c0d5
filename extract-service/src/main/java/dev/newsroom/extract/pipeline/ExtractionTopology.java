package dev.newsroom.extract.pipeline;

import java.time.Clock;
import java.util.Map;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

import dev.newsroom.events.StatementEvent;
import dev.newsroom.extract.TopicsProperties;
import dev.newsroom.extract.extraction.BudgetedExtractor;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.state.ArticleStateSerde;
import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentAvroSerializer;

/**
 * raw articles → extraction (with the persistent article-state store) → statement events and dead letters.
 * Values cross the topology as bytes: the Avro serde runs inside the processor, so an undecodable record
 * becomes a dead letter, not a stuck task.
 */
public final class ExtractionTopology {

    /** The persistent key-value store articleId → {@link dev.newsroom.extract.state.ArticleState}. */
    public static final String ARTICLE_STATE = "article-state";
    static final String STATEMENTS = "statements";
    static final String DEAD_LETTERS = "dead-letters";
    private static final String SOURCE = "raw-articles";
    private static final String EXTRACTION = "extraction";

    private ExtractionTopology() {
    }

    public static Topology build(TopicsProperties topics, String schemaRegistryUrl, BudgetedExtractor extractor,
            ExtractMetrics metrics, Clock clock) {
        return new Topology()
                .addSource(SOURCE, new ByteArrayDeserializer(), new ByteArrayDeserializer(), topics.articlesRaw())
                .addProcessor(EXTRACTION, () -> new ArticleExtractionProcessor(topics.statements(),
                        rawArticleDeserializer(schemaRegistryUrl), statementEventSerializer(schemaRegistryUrl),
                        extractor, metrics, clock), SOURCE)
                .addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLE_STATE),
                        Serdes.String(), new ArticleStateSerde()), EXTRACTION)
                .addSink(STATEMENTS, topics.statements(), new ByteArraySerializer(), new ByteArraySerializer(), EXTRACTION)
                .addSink(DEAD_LETTERS, topics.extractionDlq(), new ByteArraySerializer(), new ByteArraySerializer(),
                        EXTRACTION);
    }

    /** Decodes to Object: the processor checks the type, so a record of another schema is a dead letter. */
    private static ConfluentAvroDeserializer<Object> rawArticleDeserializer(String registryUrl) {
        ConfluentAvroDeserializer<Object> deserializer = new ConfluentAvroDeserializer<>();
        deserializer.configure(Map.of("schema.registry.url", registryUrl, "specific.avro.reader", true), false);
        return deserializer;
    }

    private static ConfluentAvroSerializer<StatementEvent> statementEventSerializer(String registryUrl) {
        ConfluentAvroSerializer<StatementEvent> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", registryUrl), false);
        return serializer;
    }
}
