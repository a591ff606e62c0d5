package dev.newsroom.extract;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of extract-service ({@code newsroom.extract.*}).
 *
 * @param applicationId     the Kafka Streams application id shared by all instances: their consumer group, the
 *                          prefix of their internal topics (the article-state changelog) and transactional ids
 * @param stateDir          where this instance keeps its local state store (RocksDB) and checkpoints; one
 *                          directory per instance, kept across restarts so a restart does not restore from
 *                          the changelog
 * @param workers           stream threads in this instance; 0, the default, runs one per core, at most one per
 *                          partition ({@link #workerCount()})
 * @param maxPollRecords    raw articles fetched in one poll
 * @param articleTimeout    time budget for extracting one article, or one part of a long one; over budget goes to
 *                          the DLQ
 * @param partChars         a longer article is extracted in parts of at most this many characters (and at most
 *                          what the extractor takes at once), cut at paragraph breaks
 * @param partitions        partitions of the topics this service creates when they are missing
 * @param replicationFactor replication factor of the topics this service creates, the changelog included
 * @param rocksdbMemory     memory outside the heap that all RocksDB stores of this instance share: block cache,
 *                          index and filter blocks, memtables ({@code RocksDbMemoryBudget})
 */
@ConfigurationProperties("newsroom.extract")
public record ExtractProperties(
        @DefaultValue("newsroom-extract") String applicationId,
        Path stateDir,
        @DefaultValue("0") int workers,
        @DefaultValue("10") int maxPollRecords,
        @DefaultValue("60s") Duration articleTimeout,
        @DefaultValue("100000") int partChars,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("64MB") DataSize rocksdbMemory) {

    /** ingest-service refuses articles over 2 MB, so no cleaned text is longer. */
    static final int MAX_ARTICLE_CHARS = 2 * 1024 * 1024;

    public ExtractProperties {
        if (workers < 0) {
            throw new IllegalArgumentException("newsroom.extract.workers must be 0 (one per core) or more, not " + workers);
        }
        if (partChars < 1000) {
            throw new IllegalArgumentException("newsroom.extract.part-chars must be 1000 or more, not " + partChars);
        }
        if (stateDir == null) {
            stateDir = Path.of(System.getProperty("java.io.tmpdir"), "newsroom", "extract-service");
        }
    }

    /** The most parts an article accepted by ingest-service (up to 2 MB of text) is extracted in. */
    public int mostParts() {
        return (MAX_ARTICLE_CHARS + partChars - 1) / partChars;
    }

    /**
     * The stream threads to run: {@code workers}, or one per core when it is 0, at most one per partition; more
     * threads than partitions would sit idle. With 3 partitions on 2 cores one thread owns two partitions: it gets
     * two thirds of the articles, and commits its transaction only after a record of each, so an article's statements
     * can wait for the other partition's next article. One thread per partition (3 on 2 cores) was measured against
     * this on the shared machine (fresh start, 300 real texts, load 5 to 8) and lost: 392 ms of CPU an article against
     * 285, 2.00 articles/s end to end against 3.46, with full collections in the 1 GB heap.
     */
    public int workerCount() {
        return workers > 0 ? workers : Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), partitions));
    }
}
