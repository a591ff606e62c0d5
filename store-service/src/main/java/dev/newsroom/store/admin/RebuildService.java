package dev.newsroom.store.admin;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.store.TopicsProperties;
import dev.newsroom.store.projection.ArticleProjector;
import dev.newsroom.store.projection.ExtractionFailureProjector;
import dev.newsroom.store.projection.BatchProjection;
import dev.newsroom.store.projection.ProjectionConsumerSettings;
import dev.newsroom.store.projection.ProjectionGate;
import dev.newsroom.store.projection.StatementProjector;
import dev.newsroom.store.views.ViewCollections;
import dev.newsroom.store.views.ViewStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the views from the topics: replays {@code news.statements}, {@code news.articles.raw} and
 * {@code news.extraction.dlq} from the beginning into a fresh generation of collections while the live one keeps serving, then, with the live
 * projection held at the gate, catches up to the end of the topics and makes the fresh generation live.
 * Events the live projection applies after the switch that the rebuild already saw are no-ops (the projection
 * is idempotent), so nothing is lost or doubled.
 */
@Service
public class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    private final ViewStore viewStore;
    private final StatementProjector statements;
    private final ArticleProjector articles;
    private final ExtractionFailureProjector extractionFailures;
    private final BatchProjection batches;
    private final ProjectionGate gate;
    private final ProjectionConsumerSettings consumerSettings;
    private final TopicsProperties topics;
    private final ReentrantLock running = new ReentrantLock();

    public RebuildService(ViewStore viewStore, StatementProjector statements, ArticleProjector articles,
                          ExtractionFailureProjector extractionFailures, BatchProjection batches, ProjectionGate gate,
                          ProjectionConsumerSettings consumerSettings, TopicsProperties topics) {
        this.viewStore = viewStore;
        this.statements = statements;
        this.articles = articles;
        this.extractionFailures = extractionFailures;
        this.batches = batches;
        this.gate = gate;
        this.consumerSettings = consumerSettings;
        this.topics = topics;
    }

    public RebuildReport rebuild() {
        if (!running.tryLock()) {
            throw new RebuildInProgressException();
        }
        try {
            return replayIntoFreshGeneration();
        } finally {
            running.unlock();
        }
    }

    private RebuildReport replayIntoFreshGeneration() {
        long started = System.nanoTime();
        ViewCollections fresh = viewStore.newGeneration();
        statements.forget(fresh);
        log.info("Rebuilding the views into generation {}", fresh.generation());
        var replay = new Replay(fresh);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(replayConsumerSettings())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(topics.statements(), topics.articlesRaw(), topics.extractionDlq())) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            replay.until(consumer, consumer.endOffsets(partitions));
            gate.run(() -> {
                replay.until(consumer, consumer.endOffsets(partitions));
                viewStore.switchTo(fresh);
                return null;
            });
        } catch (RuntimeException e) {
            viewStore.discard(fresh);
            throw e;
        }
        var report = new RebuildReport(fresh.generation(), replay.statementEvents.get(), replay.articleEvents.get(),
                replay.skipped.get(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        log.info("Rebuilt the views: {}", report);
        return report;
    }

    private Map<String, Object> replayConsumerSettings() {
        Map<String, Object> settings = new HashMap<>(consumerSettings.properties());
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "store-service-rebuild");
        return settings;
    }

    /** Progress of one replay into one generation. */
    private final class Replay {
        final ViewCollections views;
        final AtomicLong statementEvents = new AtomicLong();
        final AtomicLong articleEvents = new AtomicLong();
        final AtomicLong skipped = new AtomicLong();

        Replay(ViewCollections views) {
            this.views = views;
        }

        void until(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
            while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
                ConsumerRecords<byte[], byte[]> polled = consumer.poll(Duration.ofMillis(500));
                List<ConsumerRecord<byte[], byte[]>> statementRecords = new ArrayList<>();
                List<ConsumerRecord<byte[], byte[]>> articleRecords = new ArrayList<>();
                List<ConsumerRecord<byte[], byte[]>> failureRecords = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : polled) {
                    (record.topic().equals(topics.statements()) ? statementRecords
                            : record.topic().equals(topics.articlesRaw()) ? articleRecords : failureRecords).add(record);
                }
                batches.apply(articleRecords, RawArticle.class, batch -> articles.project(batch, views), this::skip);
                extractionFailures.project(failureRecords, views);
                batches.apply(statementRecords, StatementEvent.class, batch -> statements.project(batch, views), this::skip);
                statementEvents.addAndGet(statementRecords.size());
                articleEvents.addAndGet(articleRecords.size());
            }
        }

        private void skip(ConsumerRecord<byte[], byte[]> record, Exception e) {
            skipped.incrementAndGet();
            log.warn("Rebuild leaves out record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
        }
    }
}
