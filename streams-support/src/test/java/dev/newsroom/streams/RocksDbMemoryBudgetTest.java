package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real RocksDB stores, opened by Kafka Streams with the budget, written well past it. */
class RocksDbMemoryBudgetTest {

    private static final long BUDGET = 4L * 1024 * 1024;
    /** Kafka Streams flushes the stores at each commit, after each input record here: many puts a record. */
    private static final int INPUTS = 12;
    private static final int PUTS_PER_INPUT = 1_000;
    private static final int RECORDS = INPUTS * PUTS_PER_INPUT;
    private static final String VALUE = "x".repeat(2048);

    @TempDir
    Path stateDir;

    @Test
    void storesShareOneCacheThatHoldsTheirMemtablesWithinTheBudget() throws Exception {
        Topology topology = new Topology();
        topology.addSource("in", Serdes.String().deserializer(), Serdes.String().deserializer(), "articles");
        topology.addProcessor("write", WriteToBothStores::new, "in");
        for (String store : new String[] {"first", "second"}) {
            topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(store),
                    Serdes.String(), Serdes.String()).withCachingDisabled(), "write");
        }
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "budget-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        RocksDbMemoryBudget.applyTo(config, BUDGET);

        try (TopologyTestDriver driver = new TopologyTestDriver(topology, config)) {
            TestInputTopic<String, String> input = driver.createInputTopic("articles", new StringSerializer(),
                    new StringSerializer());
            for (int i = 0; i < INPUTS; i++) {
                input.pipeInput("batch-" + i, VALUE);
            }
            RocksDbMemoryBudget.SharedMemory memory = RocksDbMemoryBudget.shared(BUDGET);
            // the memtables of both stores were charged to the one cache, and flushed instead of growing with the
            // 2 x 24 MB written (RocksDB flushes in the background, so writes can pass the budget meanwhile: 1.6
            // times it here)
            assertThat(peakUsage).isGreaterThan(BUDGET / 4).isLessThan(3 * BUDGET);
            assertThat(memory.cache().getUsage()).isPositive().isLessThanOrEqualTo(BUDGET);
            KeyValueStore<String, String> second = driver.getKeyValueStore("second");
            assertThat(second.get("article-0")).isEqualTo(VALUE);
            assertThat(second.get("article-" + (RECORDS - 1))).isEqualTo(VALUE);
            assertThat(second.approximateNumEntries()).isGreaterThan(RECORDS / 2);
        }
    }

    @Test
    void refusesAStoreConfiguredWithoutABudget() {
        Map<String, Object> withoutBudget = new HashMap<>();
        try (org.rocksdb.Options options = new org.rocksdb.Options()) {
            assertThatThrownBy(() -> new RocksDbMemoryBudget().setConfig("store", options, withoutBudget))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining(RocksDbMemoryBudget.BUDGET_BYTES_CONFIG);
        }
        assertThatThrownBy(() -> RocksDbMemoryBudget.applyTo(new Properties(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The shared cache's usage at its highest while the stores were written, memtables included. */
    private static long peakUsage;

    private static final class WriteToBothStores implements Processor<String, String, Void, Void> {
        private KeyValueStore<String, String> first;
        private KeyValueStore<String, String> second;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            first = context.getStateStore("first");
            second = context.getStateStore("second");
        }

        @Override
        public void process(Record<String, String> record) {
            int batch = Integer.parseInt(record.key().substring("batch-".length()));
            for (int i = batch * PUTS_PER_INPUT; i < (batch + 1) * PUTS_PER_INPUT; i++) {
                first.put("article-" + i, record.value());
                second.put("article-" + i, record.value());
                peakUsage = Math.max(peakUsage, RocksDbMemoryBudget.shared(BUDGET).cache().getUsage());
            }
        }
    }
}
