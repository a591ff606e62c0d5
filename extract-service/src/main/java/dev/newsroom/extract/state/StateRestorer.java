package dev.newsroom.extract.state;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the article states of some partitions by reading the state topic's partitions of the same
 * numbers from the beginning, committed records only, the last record of each article winning.
 * Before reading it waits until no transaction is open on those partitions (last stable offset equal
 * to the high watermark), so a state record committed by a previous owner is never missed; a
 * crashed owner's open transaction is aborted when it restarts or when its transaction times out.
 */
public final class StateRestorer {

    private static final Logger log = LoggerFactory.getLogger(StateRestorer.class);

    private final String stateTopic;
    private final Admin admin;
    private final Consumer<byte[], byte[]> reader;
    private final Duration stableTimeout;

    /**
     * @param reader a read_committed consumer without group, used only here
     */
    public StateRestorer(String stateTopic, Admin admin, Consumer<byte[], byte[]> reader, Duration stableTimeout) {
        this.stateTopic = stateTopic;
        this.admin = admin;
        this.reader = reader;
        this.stableTimeout = stableTimeout;
    }

    public Map<Integer, Map<String, ArticleState>> restore(Collection<Integer> partitions) {
        List<TopicPartition> statePartitions = partitions.stream()
                .map(p -> new TopicPartition(stateTopic, p)).toList();
        Map<TopicPartition, Long> ends = stableEndOffsets(statePartitions);
        reader.assign(statePartitions);
        reader.seekToBeginning(statePartitions);
        Map<Integer, Map<String, ArticleState>> states = new HashMap<>();
        partitions.forEach(p -> states.put(p, new HashMap<>()));
        while (statePartitions.stream().anyMatch(tp -> reader.position(tp) < ends.get(tp))) {
            for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                ArticleState state = ArticleStateCodec.decode(record.value());
                states.get(record.partition()).put(state.articleId(), state);
            }
        }
        reader.unsubscribe();
        return states;
    }

    private Map<TopicPartition, Long> stableEndOffsets(List<TopicPartition> partitions) {
        long deadline = System.nanoTime() + stableTimeout.toNanos();
        while (true) {
            Map<TopicPartition, Long> stable = latest(partitions, IsolationLevel.READ_COMMITTED);
            Map<TopicPartition, Long> written = latest(partitions, IsolationLevel.READ_UNCOMMITTED);
            if (stable.equals(written)) {
                return stable;
            }
            if (System.nanoTime() > deadline) {
                log.warn("State partitions {} still have open transactions after {}; restoring what is committed",
                        partitions, stableTimeout);
                return stable;
            }
            sleep();
        }
    }

    private Map<TopicPartition, Long> latest(List<TopicPartition> partitions, IsolationLevel isolation) {
        Map<TopicPartition, OffsetSpec> request = partitions.stream()
                .collect(Collectors.toMap(Function.identity(), tp -> OffsetSpec.latest()));
        try {
            return admin.listOffsets(request, new ListOffsetsOptions(isolation)).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        }
        catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read the end offsets of " + partitions, e.getCause());
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        }
    }
}
