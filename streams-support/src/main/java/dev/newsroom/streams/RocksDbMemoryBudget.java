package dev.newsroom.streams;

import java.util.Map;

import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * One memory budget for all RocksDB state stores of a process, as Kafka Streams' memory management guide advises.
 * By default each store has a block cache of its own (50 MB) and up to three memtables of 16 MB, so a process's
 * memory outside the heap grows with its tasks (ingest-service has six stores, extract-service three) and with what
 * the stores have read. Here every store uses one LRU cache of the budget: it holds their data, index and filter
 * blocks and is charged for their memtables, which may take half of it before RocksDB flushes them.
 *
 * <p>Kafka Streams creates this class by name for each store it opens ({@code rocksdb.config.setter}, set by
 * {@link #applyTo}); the cache belongs to the process and is made with the budget of the first store configured.
 */
public final class RocksDbMemoryBudget implements RocksDBConfigSetter {

    /** The budget in bytes: a Kafka Streams configuration of ours, set by {@link #applyTo}. */
    public static final String BUDGET_BYTES_CONFIG = "newsroom.rocksdb.memory.bytes";
    private static final double MEMTABLE_SHARE = 0.5;
    /** Kept for index and filter blocks, which every lookup needs, against data blocks pushing them out. */
    private static final double HIGH_PRIORITY_SHARE = 0.1;

    private static SharedMemory shared;

    /** The cache and the memtable accounting every store of the process uses. */
    record SharedMemory(Cache cache, WriteBufferManager writeBuffers) {
    }

    /** Makes every RocksDB store of a Kafka Streams application with this configuration share {@code budgetBytes}. */
    public static void applyTo(Map<? super String, Object> streamsConfig, long budgetBytes) {
        if (budgetBytes <= 0) {
            throw new IllegalArgumentException("the RocksDB memory budget must be positive, not " + budgetBytes + " bytes");
        }
        streamsConfig.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, RocksDbMemoryBudget.class);
        streamsConfig.put(BUDGET_BYTES_CONFIG, budgetBytes);
    }

    static synchronized SharedMemory shared(long budgetBytes) {
        if (shared == null) {
            Cache cache = new LRUCache(budgetBytes, -1, false, HIGH_PRIORITY_SHARE);
            shared = new SharedMemory(cache, new WriteBufferManager((long) (budgetBytes * MEMTABLE_SHARE), cache));
        }
        return shared;
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        SharedMemory memory = shared(budgetBytes(configs));
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(memory.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(memory.writeBuffers());
    }

    @Override
    public void close(String storeName, Options options) {
        // the cache and the write buffer manager are the process's: other stores, and stores opened later, use them
    }

    private static long budgetBytes(Map<String, Object> configs) {
        Object budget = configs.get(BUDGET_BYTES_CONFIG);
        if (budget == null) {
            throw new IllegalStateException(BUDGET_BYTES_CONFIG + " is not set: configure the application with "
                    + "RocksDbMemoryBudget.applyTo(config, bytes)");
        }
        return budget instanceof Number number ? number.longValue() : Long.parseLong(budget.toString().strip());
    }
}
