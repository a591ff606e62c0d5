package dev.newsroom.extract.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.FencedInstanceIdException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnsupportedVersionException;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.metrics.ExtractMetrics.Tally;
import dev.newsroom.extract.state.ArticleState;
import dev.newsroom.extract.state.ArticleStates;
import dev.newsroom.extract.state.StateRestorer;

/**
 * One consume-transform-produce loop: polls raw articles, transforms them, then opens one producer
 * transaction holding every statement event, state record and dead letter the batch produced plus the
 * consumed offsets. The transaction commits all of it or none of it; the in-memory article states and
 * the counters change only after the commit. On an abortable error the transaction is aborted and the
 * consumer rewinds to the committed offsets, so the batch is processed again.
 */
public final class ExtractionWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ExtractionWorker.class);
    private static final Duration POLL_TIMEOUT = Duration.ofMillis(500);
    private static final Duration RETRY_BACKOFF = Duration.ofSeconds(5);
    private static final int COMMIT_ATTEMPTS = 5;
    private static final int POSITION_ATTEMPTS = 3;

    private final String name;
    private final String rawTopic;
    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final StateRestorer restorer;
    private final ArticleProcessor processor;
    private final ExtractMetrics metrics;
    private final ArticleStates states = new ArticleStates();
    private volatile boolean running = true;
    private volatile Throwable failure;
    private volatile Set<TopicPartition> assignment = Set.of();

    ExtractionWorker(String name, String rawTopic, Consumer<byte[], byte[]> consumer,
            Producer<byte[], byte[]> producer, StateRestorer restorer, ArticleProcessor processor,
            ExtractMetrics metrics) {
        this.name = name;
        this.rawTopic = rawTopic;
        this.consumer = consumer;
        this.producer = producer;
        this.restorer = restorer;
        this.processor = processor;
        this.metrics = metrics;
    }

    /** Fences older producers with the same transactional id (aborting their open transaction) and joins the group. */
    public void start() {
        producer.initTransactions();
        consumer.subscribe(List.of(rawTopic), new StateRebuilder());
    }

    @Override
    public void run() {
        try {
            while (running) {
                Batch batch = pollAndTransform(POLL_TIMEOUT);
                if (batch != null) {
                    commit(batch);
                }
            }
        }
        catch (WakeupException e) {
            if (running) {
                failure = e;
            }
        }
        catch (RuntimeException | Error e) {
            failure = e;
            log.error("Extraction worker {} stopped", name, e);
        }
        finally {
            close();
        }
    }

    /**
     * Polls once and, if records came, opens a transaction and writes everything they produce and
     * their offsets, without committing. Returns null when the poll brought nothing.
     */
    public Batch pollAndTransform(Duration pollTimeout) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(pollTimeout);
        if (records.isEmpty()) {
            return null;
        }
        Map<TopicPartition, Map<String, ArticleState>> pending = new HashMap<>();
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        Tally tally = new Tally();
        try {
            for (ConsumerRecord<byte[], byte[]> record : records) {
                Map<String, ArticleState> partitionPending = pending.computeIfAbsent(
                        new TopicPartition(record.topic(), record.partition()), tp -> new HashMap<>());
                ArticleProcessor.Outcome outcome = processor.process(record, articleId -> partitionPending
                        .getOrDefault(articleId, states.get(record.partition(), articleId)), tally);
                out.addAll(outcome.records());
                if (outcome.state() != null) {
                    partitionPending.put(outcome.state().articleId(), outcome.state());
                }
            }
        }
        catch (ArticleProcessor.RegistryUnavailableException e) {
            log.warn("Extraction worker {} retries its batch in {}: {}", name, RETRY_BACKOFF, e.getMessage());
            rewind();
            pause(RETRY_BACKOFF);
            return null;
        }
        // The transaction opens only now, so it spans the writes, not the (slow) extraction.
        producer.beginTransaction();
        try {
            out.forEach(producer::send);
            producer.sendOffsetsToTransaction(nextOffsets(records), consumer.groupMetadata());
            producer.flush();
            return new Batch(pending, tally);
        }
        catch (KafkaException e) {
            abortAndRewind(e);
            return null;
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<byte[], byte[]>> partitionRecords = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(partitionRecords.get(partitionRecords.size() - 1).offset() + 1));
        }
        return offsets;
    }

    /** Commits the batch's transaction, then applies its state changes and counts. */
    public void commit(Batch batch) {
        try {
            commitTransaction();
        }
        catch (TimeoutException e) {
            // The outcome is unknown: stop, and let the restart's initTransactions settle it.
            throw e;
        }
        catch (KafkaException e) {
            abortAndRewind(e);
            return;
        }
        batch.pending().forEach((partition, articles) -> articles.values()
                .forEach(state -> states.put(partition.partition(), state)));
        metrics.committed(batch.tally());
    }

    /**
     * A commit that timed out may have succeeded on the broker, so it is retried, never aborted:
     * aborting and reprocessing would duplicate a batch that was in fact committed.
     */
    private void commitTransaction() {
        for (int attempt = 1; ; attempt++) {
            try {
                producer.commitTransaction();
                return;
            }
            catch (TimeoutException e) {
                if (attempt == COMMIT_ATTEMPTS) {
                    throw e;
                }
                log.warn("Extraction worker {} retries a commit that timed out", name);
            }
        }
    }

    private void abortAndRewind(KafkaException e) {
        if (isFatal(e)) {
            throw e;
        }
        log.warn("Extraction worker {} aborts its transaction and retries from the committed offsets", name, e);
        producer.abortTransaction();
        rewind();
    }

    /** Moves every owned partition back to its committed offset, so uncommitted work is done again. */
    private void rewind() {
        Set<TopicPartition> assigned = consumer.assignment();
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(assigned);
        for (TopicPartition partition : assigned) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            }
            else {
                consumer.seek(partition, offset);
            }
        }
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

    /** Errors after which this producer can never commit again (another instance owns its id, or misconfiguration). */
    private static boolean isFatal(KafkaException e) {
        return e instanceof InterruptException || e instanceof ProducerFencedException
                || e instanceof InvalidProducerEpochException || e instanceof FencedInstanceIdException || e instanceof OutOfOrderSequenceException
                || e instanceof AuthorizationException || e instanceof UnsupportedVersionException;
    }

    /** Asks the loop to finish its current batch and stop. Safe from any thread. */
    public void stop() {
        running = false;
        consumer.wakeup();
    }

    /**
     * What a kill does: drops the clients without committing or aborting the open transaction and
     * without committing offsets. The next producer with the same transactional id aborts that
     * transaction. Call from the worker's own thread (tests drive the worker step by step).
     */
    public void closeAbruptly() {
        running = false;
        producer.close(Duration.ZERO);
        consumer.close(CloseOptions.timeout(Duration.ZERO));
    }

    private void close() {
        try {
            producer.close();
        }
        finally {
            consumer.close();
        }
    }

    public String name() {
        return name;
    }

    /** The partitions of the raw topic this worker owns now. */
    public Set<TopicPartition> assignment() {
        return assignment;
    }

    /** Why the loop stopped, if it stopped on an error. */
    public Throwable failure() {
        return failure;
    }

    /** The open transaction of one poll: the state changes and counts to apply once it commits. */
    public record Batch(Map<TopicPartition, Map<String, ArticleState>> pending, Tally tally) {
    }

    /**
     * Keeps the article states in step with the partitions this worker owns: a partition's states are
     * rebuilt from the state topic when it is assigned and dropped when it is revoked or lost. No
     * transaction is open during a rebalance: the listener runs inside poll, between transactions.
     */
    private final class StateRebuilder implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            partitions.forEach(tp -> states.drop(tp.partition()));
            assignment = Set.copyOf(consumer.assignment().stream().filter(tp -> !partitions.contains(tp)).toList());
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            onPartitionsRevoked(partitions);
        }

        private void awaitPosition(TopicPartition partition) {
            for (int attempt = 1; ; attempt++) {
                try {
                    consumer.position(partition);
                    return;
                }
                catch (TimeoutException e) {
                    if (attempt == POSITION_ATTEMPTS) {
                        throw e;
                    }
                    log.warn("Extraction worker {} still waits for the committed offset of {}", name, partition);
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                assignment = Set.copyOf(consumer.assignment());
                return;
            }
            // Resolving the positions waits until a previous owner's pending offset commit is settled;
            // a crashed owner's open transaction holds it until the broker aborts it on timeout.
            partitions.forEach(this::awaitPosition);
            restorer.restore(partitions.stream().map(TopicPartition::partition).toList())
                    .forEach(states::replace);
            assignment = Set.copyOf(consumer.assignment());
            log.info("Extraction worker {} owns {} after restoring their article states", name, assignment);
        }
    }
}
