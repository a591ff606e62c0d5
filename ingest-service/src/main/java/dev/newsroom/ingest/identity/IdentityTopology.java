package dev.newsroom.ingest.identity;

import java.util.Map;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

import dev.newsroom.events.RawArticle;
import dev.newsroom.ingest.TopicNames;
import dev.newsroom.ingest.article.IngestMetrics;
import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentAvroSerializer;

/**
 * Deduplication and versioning as two key-partitioned steps with persistent stores (RocksDB, backed by
 * changelog topics):
 * <pre>
 * intake (key content hash) ──► content step [content-holders: hash → article] ──► article claims (key article id)
 *        ▲                                                                                │
 *        └──── claim changes (key content hash) ◄── article step [article-identities: id → version, hash, outcomes]
 *                                                                  └──► news.articles.raw (key article id)
 * </pre>
 * Each content hash is decided in one partition and each article id in one partition, so any number of
 * instances agree without locks: Kafka Streams gives every partition to one instance at a time.
 */
public final class IdentityTopology {

    /** article id → {@link ArticleRecord}; what {@code GET /api/articles/{id}} reads. */
    public static final String ARTICLES = "article-identities";
    /** content hash → {@link ContentHolder}. */
    public static final String CONTENT_HOLDERS = "content-holders";
    static final String RAW = "raw-articles";
    static final String CLAIM_CHANGES = "claim-changes";

    private IdentityTopology() {
    }

    public static Topology build(TopicNames topics, String registryUrl, IngestMetrics metrics) {
        return new Topology()
                .addSource("intake", new StringDeserializer(), new ByteArrayDeserializer(), topics.articlesIntake())
                .addSource("claim-changes-in", new StringDeserializer(), new ByteArrayDeserializer(), topics.claimChanges())
                .addProcessor("content", () -> new ContentClaimProcessor(topics.claimChanges()), "intake", "claim-changes-in")
                .addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CONTENT_HOLDERS), Serdes.String(),
                        new JsonSerde<>(ContentHolder.class)), "content")
                .addSink("article-claims-out", topics.articleClaims(), new StringSerializer(), new ByteArraySerializer(),
                        "content")
                .addSource("article-claims-in", new StringDeserializer(), new ByteArrayDeserializer(), topics.articleClaims())
                .addProcessor("article", () -> new ArticleVersionProcessor(topics.articlesRaw(), topics.claimChanges(),
                        deserializer(registryUrl), serializer(registryUrl), metrics), "article-claims-in")
                .addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ARTICLES), Serdes.String(),
                        new JsonSerde<>(ArticleRecord.class)), "article")
                .addSink(RAW, topics.articlesRaw(), new StringSerializer(), new ByteArraySerializer(), "article")
                .addSink(CLAIM_CHANGES, topics.claimChanges(), new StringSerializer(), new ByteArraySerializer(), "article");
    }

    private static ConfluentAvroDeserializer<RawArticle> deserializer(String registryUrl) {
        ConfluentAvroDeserializer<RawArticle> deserializer = new ConfluentAvroDeserializer<>();
        deserializer.configure(Map.of("schema.registry.url", registryUrl, "specific.avro.reader", true), false);
        return deserializer;
    }

    private static ConfluentAvroSerializer<RawArticle> serializer(String registryUrl) {
        ConfluentAvroSerializer<RawArticle> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", registryUrl), false);
        return serializer;
    }
}
