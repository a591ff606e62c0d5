package dev.newsroom.registry;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores the registry's records in a single-partition compacted Kafka topic, keyed and encoded as
 * Confluent Schema Registry does in its {@code _schemas} topic. Writes return once every in-sync replica
 * has the record; start-up reads the topic to its end. One registry writes to a topic at a time.
 */
public final class KafkaSchemaStore implements SchemaStore {

    private static final Logger log = LoggerFactory.getLogger(KafkaSchemaStore.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String TIMEOUT_TEXT = TIMEOUT.toSeconds() + " s";

    private final String bootstrapServers;
    private final String topic;
    private final JsonMapper json = JsonMapper.builder().build();
    private final KafkaProducer<String, String> producer;

    public KafkaSchemaStore(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
        ensureTopic();
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "schema-registry-store");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
        producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    @Override
    public void replay(Consumer<StoreRecord> apply) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "schema-registry-replay");
        TopicPartition partition = new TopicPartition(topic, 0);
        int count = 0;
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (consumer.position(partition, TIMEOUT) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Reading schemas topic '%s' from %s did not reach offset %d within %s"
                            .formatted(topic, bootstrapServers, end, TIMEOUT_TEXT));
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    decode(record).ifPresent(apply);
                    count++;
                }
            }
        }
        log.info("Read {} records from schemas topic '{}'", count, topic);
    }

    @Override
    public void append(StoreRecord record) {
        ProducerRecord<String, String> out = encode(record);
        try {
            producer.send(out).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing to schemas topic '" + topic + "'", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("Kafka at %s did not acknowledge the write to schemas topic '%s': %s"
                    .formatted(bootstrapServers, topic, cause), cause);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }

    private ProducerRecord<String, String> encode(StoreRecord record) {
        if (record instanceof StoreRecord.SchemaVersion v) {
            ObjectNode value = json.createObjectNode().put("subject", v.subject()).put("version", v.version())
                    .put("id", v.id()).put("schema", v.schema()).put("deleted", v.deleted());
            return new ProducerRecord<>(topic, 0, schemaKey(v.subject(), v.version()), value.toString());
        }
        if (record instanceof StoreRecord.SchemaVersionRemoved removed) {
            // a tombstone, as Confluent writes for a permanent delete; compaction then drops the version
            return new ProducerRecord<>(topic, 0, schemaKey(removed.subject(), removed.version()), null);
        }
        if (record instanceof StoreRecord.ModeSetting m) {
            ObjectNode key = json.createObjectNode().put("keytype", "MODE").put("subject", m.subject()).put("magic", 0);
            String value = m.mode() == null ? null : json.createObjectNode().put("mode", m.mode().name()).toString();
            return new ProducerRecord<>(topic, 0, key.toString(), value);
        }
        StoreRecord.Config c = (StoreRecord.Config) record;
        ObjectNode key = json.createObjectNode().put("keytype", "CONFIG").put("subject", c.subject())
                .put("magic", 0);
        String value = c.level() == null ? null
                : json.createObjectNode().put("compatibilityLevel", c.level().name()).toString();
        return new ProducerRecord<>(topic, 0, key.toString(), value);
    }

    private String schemaKey(String subject, int version) {
        return json.createObjectNode().put("keytype", "SCHEMA").put("subject", subject).put("version", version)
                .put("magic", 1).toString();
    }

    private Optional<StoreRecord> decode(ConsumerRecord<String, String> record) {
        try {
            JsonNode key = json.readTree(record.key());
            JsonNode value = record.value() == null ? null : json.readTree(record.value());
            String keyType = key.path("keytype").asString("");
            if (keyType.equals("SCHEMA") && value != null) {
                return Optional.of(new StoreRecord.SchemaVersion(value.get("subject").asString(),
                        value.get("version").asInt(), value.get("id").asInt(), value.get("schema").asString(),
                        value.path("deleted").asBoolean(false)));
            }
            if (keyType.equals("SCHEMA")) {
                return Optional.of(new StoreRecord.SchemaVersionRemoved(key.get("subject").asString(),
                        key.get("version").asInt()));
            }
            if (keyType.equals("MODE")) {
                JsonNode subject = key.get("subject");
                return Optional.of(new StoreRecord.ModeSetting(subject == null || subject.isNull() ? null : subject.asString(),
                        value == null ? null : Mode.parse(value.get("mode").asString())));
            }
            if (keyType.equals("CONFIG")) {
                JsonNode subject = key.get("subject");
                return Optional.of(new StoreRecord.Config(subject == null || subject.isNull() ? null : subject.asString(),
                        value == null ? null : CompatibilityLevel.parse(value.get("compatibilityLevel").asString())));
            }
            return Optional.empty();
        } catch (JacksonException | NullPointerException | RegistryException e) {
            log.warn("Skipping unreadable record at offset {} of schemas topic '{}': {}", record.offset(), topic,
                    e.toString());
            return Optional.empty();
        }
    }

    private void ensureTopic() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "schema-registry-admin");
        Admin admin = Admin.create(props);
        try {
            NewTopic newTopic = new NewTopic(topic, Optional.of(1), Optional.empty())
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            try {
                admin.createTopics(List.of(newTopic)).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                log.info("Created schemas topic '{}' (1 partition, compacted)", topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                verifyExistingTopic(admin);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting up schemas topic '" + topic + "'", e);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException(("Could not set up schemas topic '%s' on Kafka at %s within %s "
                    + "(is the broker running and reachable?): %s")
                    .formatted(topic, bootstrapServers, TIMEOUT_TEXT, cause), cause);
        } finally {
            // not the default close, which waits for calls still pending on an unreachable broker
            admin.close(Duration.ofSeconds(2));
        }
    }

    private void verifyExistingTopic(Admin admin) throws ExecutionException, InterruptedException, TimeoutException {
        TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
        if (description.partitions().size() != 1) {
            throw new IllegalStateException(("Schemas topic '%s' has %d partitions; it needs exactly 1 so that "
                    + "records stay in order. Delete it or point the registry at another topic (--topic).")
                    .formatted(topic, description.partitions().size()));
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = admin.describeConfigs(List.of(resource)).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(resource);
        ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            throw new IllegalStateException(("Schemas topic '%s' has cleanup.policy=%s; it must be compact, or "
                    + "schemas would be deleted once the topic's retention passes. Set cleanup.policy=compact on it.")
                    .formatted(topic, policy == null ? "unknown" : policy.value()));
        }
    }
}
