package dev.newsroom.extract;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of extract-service ({@code newsroom.extract.*}).
 *
 * @param instanceId         identifies this instance; stable across restarts and unique among the
 *                           instances of the group, because the transactional ids derive from it
 * @param groupId            consumer group shared by all instances
 * @param transactionalIdPrefix prefix of the producer transactional ids ({@code prefix-instanceId-worker})
 * @param stateTopic         compacted topic holding the per-article extraction state
 * @param workers            consume-transform-produce loops in this instance (each its own clients); 0, the
 *                           default, runs one per core, at most one per partition ({@link #workerCount()})
 * @param maxPollRecords     raw articles processed in one transaction
 * @param articleTimeout     time budget for extracting one article; over budget goes to the DLQ
 * @param stateRestoreTimeout longest wait for the state partitions to become stable on assignment
 * @param partitions         partitions of the topics this service creates when they are missing
 * @param replicationFactor  replication factor of the topics this service creates
 */
@ConfigurationProperties("newsroom.extract")
public record ExtractProperties(
        @DefaultValue("extract") String instanceId,
        @DefaultValue("newsroom-extract") String groupId,
        @DefaultValue("newsroom-extract") String transactionalIdPrefix,
        @DefaultValue("news.extract.state") String stateTopic,
        @DefaultValue("0") int workers,
        @DefaultValue("10") int maxPollRecords,
        @DefaultValue("60s") Duration articleTimeout,
        @DefaultValue("90s") Duration stateRestoreTimeout,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor) {

    public ExtractProperties {
        if (workers < 0) {
            throw new IllegalArgumentException("newsroom.extract.workers must be 0 (one per core) or more, not " + workers);
        }
    }

    /**
     * The loops to run: {@code workers}, or one per core when it is 0. A loop per core keeps every core extracting;
     * more loops than partitions would sit idle.
     */
    public int workerCount() {
        return workers > 0 ? workers : Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), partitions));
    }

    /** The transactional id of one worker; stable across restarts so a restart fences its zombie. */
    public String transactionalId(int worker) {
        return transactionalIdPrefix + "-" + instanceId + "-" + worker;
    }
}
