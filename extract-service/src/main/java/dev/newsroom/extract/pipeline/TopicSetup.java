package dev.newsroom.extract.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.TopicsProperties;

/**
 * Creates the topics this service writes when they are missing: statements and DLQ with the configured
 * partitions, and the compacted state topic with as many partitions as the raw-article topic, because
 * the state of raw partition p lives in state partition p. The raw topic is created too when missing,
 * so the service can start before ingest-service; creation races with other services are harmless.
 */
final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);
    /**
     * A dead letter is a raw record plus error headers; its topic takes twice the broker's default
     * record size so that a raw article at the default limit still fits.
     */
    static final int DLQ_MAX_MESSAGE_BYTES = 2 * 1024 * 1024;

    private final Admin admin;
    private final ExtractProperties extract;
    private final TopicsProperties topics;

    TopicSetup(Admin admin, ExtractProperties extract, TopicsProperties topics) {
        this.admin = admin;
        this.extract = extract;
        this.topics = topics;
    }

    void ensureTopics() {
        create(List.of(plain(topics.articlesRaw(), extract.partitions()), plain(topics.statements(), extract.partitions()),
                plain(topics.extractionDlq(), extract.partitions())
                        .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(DLQ_MAX_MESSAGE_BYTES)))));
        int rawPartitions = describe(topics.articlesRaw()).partitions().size();
        create(List.of(new NewTopic(extract.stateTopic(), Optional.of(rawPartitions), Optional.of(extract.replicationFactor()))
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))));
        int statePartitions = describe(extract.stateTopic()).partitions().size();
        if (statePartitions < rawPartitions) {
            log.info("Growing {} from {} to {} partitions to match {}", extract.stateTopic(), statePartitions,
                    rawPartitions, topics.articlesRaw());
            await(() -> admin.createPartitions(Map.of(extract.stateTopic(), NewPartitions.increaseTo(rawPartitions)))
                    .all().get());
        }
    }

    private NewTopic plain(String name, int partitions) {
        return new NewTopic(name, Optional.of(partitions), Optional.of(extract.replicationFactor()));
    }

    private void create(List<NewTopic> wanted) {
        Set<String> existing = await(() -> admin.listTopics().names().get());
        List<NewTopic> missing = wanted.stream().filter(t -> !existing.contains(t.name())).toList();
        for (var result : admin.createTopics(missing).values().entrySet()) {
            try {
                result.getValue().get();
                log.info("Created topic {}", result.getKey());
            }
            catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("Cannot create topic " + result.getKey(), e.getCause());
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while creating topics", e);
            }
        }
    }

    /** A topic just created may take a moment to be known to the broker answering; ask again until it is. */
    private TopicDescription describe(String topic) {
        for (int attempt = 1; ; attempt++) {
            try {
                return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
            }
            catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || attempt == 50) {
                    throw new IllegalStateException("Cannot describe topic " + topic, e.getCause());
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while describing " + topic, e);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for topic metadata", e);
        }
    }

    private static <T> T await(AdminCall<T> call) {
        try {
            return call.get();
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("Kafka admin request failed", e.getCause());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a Kafka admin request", e);
        }
    }

    @FunctionalInterface
    private interface AdminCall<T> {
        T get() throws ExecutionException, InterruptedException;
    }
}
