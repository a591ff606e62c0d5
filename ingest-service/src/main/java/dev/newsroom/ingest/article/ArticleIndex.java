package dev.newsroom.ingest.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import dev.newsroom.serde.ConfluentAvroDeserializer;

/**
 * Per article id, the latest version and content hash; per content hash, the article currently holding it.
 * Restored at start-up by reading {@code news.articles.raw} from the beginning (see the package doc of
 * {@code dev.newsroom.ingest}), before the web server and the inbound consumer start.
 * <p>
 * An entry is claimed before its event is sent and carries the pending acknowledgement, so a concurrent
 * duplicate waits for the original to be acknowledged, and a failed send gives the claim back.
 */
public class ArticleIndex implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArticleIndex.class);
    /** Only the identity fields are decoded when restoring; Avro skips the article texts. */
    static final Schema IDENTITY_FIELDS = SchemaBuilder.record("RawArticle").namespace("dev.newsroom.events").fields()
            .requiredString("articleId").requiredInt("version").requiredString("contentHash").endRecord();

    /** One article's latest version; {@code published} completes when the broker acknowledged it. */
    public record Entry(int version, String contentHash, CompletableFuture<?> published) {
    }

    /** Shared by every acknowledged entry, so settled entries hold no per-article future. */
    private static final CompletableFuture<?> ACKNOWLEDGED = CompletableFuture.completedFuture(null);

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final Map<String, String> idByHash = new ConcurrentHashMap<>();
    private final RawTopicReader reader;
    private volatile boolean running;

    /** Reads the raw topic's identity fields from the beginning to the current end. */
    public interface RawTopicReader {
        void readAll(IdentityVisitor visitor);
    }

    /** Receives each event's identity fields in topic order. */
    public interface IdentityVisitor {
        void visit(String articleId, int version, String contentHash);
    }

    public ArticleIndex(RawTopicReader reader) {
        this.reader = reader;
    }

    /** Restores the index from the raw topic; called by Spring before the web server starts. */
    @Override
    public void start() {
        long started = System.nanoTime();
        int[] events = {0};
        reader.readAll((id, version, hash) -> {
            events[0]++;
            restore(id, version, hash);
        });
        running = true;
        log.info("Identity index restored from {} raw events: {} articles in {} ms", events[0], byId.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    void restore(String articleId, int version, String contentHash) {
        Entry previous = byId.get(articleId);
        if (previous != null && previous.version() >= version) {
            return;
        }
        if (previous != null) {
            idByHash.remove(previous.contentHash(), articleId);
        }
        byId.put(articleId, new Entry(version, contentHash, ACKNOWLEDGED));
        idByHash.put(contentHash, articleId);
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the inbound listener containers and the web server (both start in late phases). */
    @Override
    public int getPhase() {
        return 0;
    }

    public Optional<Entry> get(String articleId) {
        return Optional.ofNullable(byId.get(articleId));
    }

    /** The article currently holding this content, if any. */
    public Optional<String> articleWithContent(String contentHash) {
        return Optional.ofNullable(idByHash.get(contentHash));
    }

    /** Records a new version about to be published; callers hold the article id's lock. */
    void claim(String articleId, Entry entry) {
        Entry previous = byId.put(articleId, entry);
        if (previous != null) {
            idByHash.remove(previous.contentHash(), articleId);
        }
        idByHash.put(entry.contentHash(), articleId);
        entry.published().whenComplete((ok, failure) -> {
            if (failure != null) {
                release(articleId, entry, previous);
            } else {
                byId.replace(articleId, entry, new Entry(entry.version(), entry.contentHash(), ACKNOWLEDGED));
            }
        });
    }

    private void release(String articleId, Entry failed, Entry previous) {
        synchronized (IngestLocks.of(articleId)) {
            if (byId.get(articleId) == failed) {
                if (previous == null) {
                    byId.remove(articleId);
                } else {
                    byId.put(articleId, previous);
                    idByHash.put(previous.contentHash(), articleId);
                }
                idByHash.remove(failed.contentHash(), articleId);
            }
        }
    }

    /** Reads the raw topic with the project's Avro deserializer, decoding only {@link #IDENTITY_FIELDS}. */
    public static RawTopicReader kafkaReader(Map<String, Object> consumerConfig, String topic) {
        return visitor -> {
            Map<String, Object> config = new HashMap<>(consumerConfig);
            config.remove("group.id");
            config.put("enable.auto.commit", false);
            try (ConfluentAvroDeserializer<GenericRecord> values = new ConfluentAvroDeserializer<>();
                 KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config,
                         new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                         new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
                values.configure(config, false);
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos == null || infos.isEmpty()) {
                    return;
                }
                List<TopicPartition> partitions = new ArrayList<>();
                infos.forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Set<TopicPartition> pending = ConcurrentHashMap.newKeySet();
                end.forEach((tp, offset) -> {
                    if (offset > 0) {
                        pending.add(tp);
                    }
                });
                while (!pending.isEmpty()) {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        if (record.value() != null) {
                            GenericRecord identity = values.deserialize(topic, record.value(), IDENTITY_FIELDS);
                            visitor.visit(identity.get("articleId").toString(), (Integer) identity.get("version"),
                                    identity.get("contentHash").toString());
                        }
                    }
                    pending.removeIf(tp -> consumer.position(tp) >= end.get(tp));
                }
            }
        };
    }
}
