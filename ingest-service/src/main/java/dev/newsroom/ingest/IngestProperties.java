package dev.newsroom.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the ingest service ({@code newsroom.ingest.*}, environment {@code NEWSROOM_INGEST_*}).
 *
 * @param token           bearer token the write endpoints require ({@code NEWSROOM_INGEST_TOKEN})
 * @param tokenFile       file holding the token, used when {@code token} is not set ({@code NEWSROOM_INGEST_TOKEN_FILE})
 * @param maxArticleSize  largest article accepted (default 2MB)
 * @param maxBatchSize    largest JSON Lines batch accepted (default 64MB)
 * @param partitions      partitions of the topics this service creates when they do not exist
 * @param inboundGroupId  consumer group of the inbound topic consumer
 * @param applicationId   Kafka Streams application id of the identity step, shared by all instances: their consumer
 *                        group and the prefix of their store changelogs
 * @param stateDir        where this instance keeps its identity stores (RocksDB) and checkpoints, kept across
 *                        restarts so a restart reads no history ({@code NEWSROOM_STATE_DIR})
 * @param standbyReplicas warm copies of each store kept on other instances, for fast fail-over
 * @param streamThreads   stream threads of the identity step
 * @param advertisedHost  host name other instances reach this one's HTTP port at, to forward status queries
 *                        (Kafka Streams' {@code application.server})
 * @param rocksdbMemory   memory outside the heap that all identity stores (RocksDB) of this instance share: block
 *                        cache, index and filter blocks, memtables ({@code RocksDbMemoryBudget})
 */
@ConfigurationProperties("newsroom.ingest")
public record IngestProperties(String token, Path tokenFile, @DefaultValue("2MB") DataSize maxArticleSize,
                               @DefaultValue("64MB") DataSize maxBatchSize, @DefaultValue("3") int partitions,
                               @DefaultValue("newsroom-ingest") String inboundGroupId,
                               @DefaultValue("newsroom-ingest-identity") String applicationId, Path stateDir,
                               @DefaultValue("0") int standbyReplicas, @DefaultValue("1") int streamThreads,
                               @DefaultValue("localhost") String advertisedHost,
                               @DefaultValue("64MB") DataSize rocksdbMemory) {

    public IngestProperties {
        if (stateDir == null) {
            stateDir = Path.of(System.getProperty("java.io.tmpdir"), "newsroom", "ingest-service");
        }
    }

    /** The bearer token: {@code token}, else the first line of {@code tokenFile}; refuses to run without one. */
    public String requiredToken() {
        if (token != null && !token.isBlank()) {
            return token.strip();
        }
        if (tokenFile != null) {
            try {
                String fromFile = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                if (!fromFile.isEmpty()) {
                    return fromFile.lines().findFirst().orElseThrow().strip();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the ingest token file " + tokenFile, e);
            }
        }
        throw new IllegalStateException("No ingest token configured: set NEWSROOM_INGEST_TOKEN (newsroom.ingest.token) "
                + "or NEWSROOM_INGEST_TOKEN_FILE (newsroom.ingest.token-file); write endpoints require it");
    }
}
