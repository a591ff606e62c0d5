package dev.newsroom.e2e.client;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Whether the services have processed everything on the pipeline's topics: every consumer group
 * of the pipeline has committed past the last committed data record of every partition it reads.
 * Services commit after their work is done (extract-service in the same transaction as its output,
 * store-service after projecting), so "caught up" means the views are complete. Transaction markers
 * occupy offsets too, so the reference is the last data record a read_committed reader sees, not the
 * end offset.
 */
public final class PipelineLag implements AutoCloseable {

    private final Admin admin;
    private final KafkaConsumer<byte[], byte[]> reader;
    private final Set<String> topics;
    private final Map<TopicPartition, Long> lastDataOffset = new HashMap<>();
    private final Map<String, Set<String>> readersByGroup = new HashMap<>();

    public PipelineLag(String bootstrapServers, Set<String> topics) {
        Properties adminConfig = new Properties();
        adminConfig.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(adminConfig);
        Properties readerConfig = new Properties();
        readerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        readerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        readerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        readerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        this.reader = new KafkaConsumer<>(readerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        this.topics = Set.copyOf(topics);
    }

    /**
     * Waits until a consumer group with live members is assigned each watched topic, and remembers
     * those groups and their topics as the pipeline's readers. Call once the services are up.
     */
    public void learnGroups(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            readersByGroup.clear();
            for (ConsumerGroupDescription group : describe(groupIds())) {
                for (MemberDescription member : group.members()) {
                    member.assignment().topicPartitions().stream().map(TopicPartition::topic).filter(topics::contains)
                            .forEach(topic -> readersByGroup.computeIfAbsent(group.groupId(), g -> new HashSet<>()).add(topic));
                }
            }
            Set<String> read = new HashSet<>();
            readersByGroup.values().forEach(read::addAll);
            if (read.containsAll(topics)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no consumer group reads " + topics + " within " + timeout
                        + "; groups and topics seen: " + readersByGroup);
            }
            sleep(250);
        }
    }

    /** The pipeline's consumer groups and the watched topics each reads (after {@link #learnGroups}). */
    public Map<String, Set<String>> groups() {
        return Map.copyOf(readersByGroup);
    }

    /** True when every pipeline group has committed past the last data record of every partition it reads. */
    public boolean caughtUp() {
        if (readersByGroup.isEmpty()) {
            throw new IllegalStateException("learnGroups first");
        }
        readToEnd();
        for (var group : readersByGroup.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets(group.getKey());
            for (var last : lastDataOffset.entrySet()) {
                if (group.getValue().contains(last.getKey().topic())) {
                    OffsetAndMetadata offset = committed.get(last.getKey());
                    if (offset == null || offset.offset() <= last.getValue()) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Waits until {@link #caughtUp} holds twice in a row, half a second apart, with no new data in
     * between; returns how long that took. Once is not enough: a transaction's markers reach the
     * offsets topic and the output partitions one after the other, so for a moment a service's input
     * offsets can be committed while its output is not yet readable.
     */
    public Duration awaitCaughtUp(Duration timeout) {
        Instant begin = Instant.now();
        Instant deadline = begin.plus(timeout);
        Map<TopicPartition, Long> confirmed = null;
        while (true) {
            if (caughtUp()) {
                if (lastDataOffset.equals(confirmed)) {
                    return Duration.between(begin, Instant.now());
                }
                confirmed = Map.copyOf(lastDataOffset);
            } else {
                confirmed = null;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("pipeline not caught up within " + timeout + ": " + describe());
            }
            sleep(confirmed == null ? 200 : 500);
        }
    }

    /** Each group's committed offsets against the last data offsets, for failure messages. */
    public String describe() {
        StringBuilder out = new StringBuilder("last data offsets " + lastDataOffset);
        for (String group : readersByGroup.keySet()) {
            out.append("; group ").append(group).append(" committed ").append(committedOffsets(group));
        }
        return out.toString();
    }

    private void readToEnd() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            reader.partitionsFor(topic, Duration.ofSeconds(10)).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        if (!reader.assignment().containsAll(partitions)) {
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
        }
        Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
        while (partitions.stream().anyMatch(tp -> reader.position(tp) < ends.get(tp))) {
            for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                lastDataOffset.put(new TopicPartition(record.topic(), record.partition()), record.offset());
            }
        }
    }

    private List<String> groupIds() {
        try {
            return admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get().stream()
                    .map(GroupListing::groupId).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot list consumer groups", e.getCause());
        }
    }

    private Collection<ConsumerGroupDescription> describe(List<String> groupIds) {
        try {
            return admin.describeConsumerGroups(groupIds).all().get().values();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe consumer groups " + groupIds, e.getCause());
        }
    }

    /** The offset {@code group} has committed on a partition, or null when it has none. */
    public Long committedOffset(String group, String topic, int partition) {
        OffsetAndMetadata offset = committedOffsets(group).get(new TopicPartition(topic, partition));
        return offset == null ? null : offset.offset();
    }

    private Map<TopicPartition, OffsetAndMetadata> committedOffsets(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetAndMetadata> result = new HashMap<>();
            offsets.forEach((tp, offset) -> {
                if (offset != null) {
                    result.put(tp, offset);
                }
            });
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read offsets of group " + group, e.getCause());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        reader.close();
        admin.close();
    }
}
