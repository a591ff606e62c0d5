package dev.newsroom.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records ({@code GenericRecord} or generated {@code SpecificRecord}) in Confluent's wire format,
 * byte for byte as {@code io.confluent.kafka.serializers.KafkaAvroSerializer} does, registering or looking up
 * the schema under {@code <topic>-value} ({@code <topic>-key} for keys). Configured by the keys of
 * {@link ConfluentSerdeConfig}, so Kafka and Spring Kafka can create it from properties. Thread-safe.
 */
public class ConfluentAvroSerializer<T> implements Serializer<T> {

    static {
        GeneratedClassTrust.install();
    }

    private volatile SchemaRegistryClient registry;
    private volatile ConfluentSerdeConfig config;
    private volatile boolean isKey;
    private final Map<String, SchemaRegistryClient.SubjectVersion> latestBySubject = new ConcurrentHashMap<>();
    private final Map<WriterKey, DatumWriter<Object>> writers = new ConcurrentHashMap<>();

    /** Generated classes carry logical-type conversions (e.g. Instant) that generic records do not use. */
    private record WriterKey(Schema schema, boolean specific) {
    }

    /** For Kafka, which calls {@link #configure} before use. */
    public ConfluentAvroSerializer() {
    }

    /** A value serializer ready to use, sharing {@code registry} (and its caches) with other serdes. */
    public ConfluentAvroSerializer(SchemaRegistryClient registry, ConfluentSerdeConfig config) {
        this(registry, config, false);
    }

    public ConfluentAvroSerializer(SchemaRegistryClient registry, ConfluentSerdeConfig config, boolean isKey) {
        this.registry = registry;
        this.config = config;
        this.isKey = isKey;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        ConfluentSerdeConfig parsed = ConfluentSerdeConfig.from(configs);
        registry = parsed.client(registry);
        this.config = parsed;
        this.isKey = isKey;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        ConfluentSerdeConfig.requireConfigured(this, config);
        if (!(data instanceof GenericContainer record)) {
            throw new SerializationException("Cannot serialize a " + data.getClass().getName() + " for topic '" + topic
                    + "': this serializer writes Avro records (GenericRecord or a generated SpecificRecord class)");
        }
        String subject = ConfluentWireFormat.subject(topic, isKey);
        Schema writerSchema = record.getSchema();
        int id;
        try {
            if (config.autoRegisterSchemas()) {
                id = registry.register(subject, writerSchema);
            } else if (config.useLatestVersion()) {
                SchemaRegistryClient.SubjectVersion latest =
                        latestBySubject.computeIfAbsent(subject, registry::latestVersion);
                id = latest.id();
                writerSchema = latest.schema();
            } else {
                id = registry.idOf(subject, writerSchema);
            }
        } catch (SchemaRegistryException e) {
            throw new SerializationException(explain(e, subject, writerSchema), e);
        }
        return write(topic, id, writerSchema, data);
    }

    private byte[] write(String topic, int id, Schema writerSchema, Object data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(ConfluentWireFormat.MAGIC_BYTE);
        out.writeBytes(ByteBuffer.allocate(4).putInt(id).array());
        try {
            BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
            writerFor(writerSchema, data).write(data, encoder);
            encoder.flush();
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot encode a %s record for topic '%s' with schema id %d: %s"
                    .formatted(writerSchema.getFullName(), topic, id, e), e);
        }
        return out.toByteArray();
    }

    private DatumWriter<Object> writerFor(Schema schema, Object data) {
        return writers.computeIfAbsent(new WriterKey(schema, data instanceof SpecificRecord), key -> key.specific()
                ? new SpecificDatumWriter<>(key.schema(), SpecificData.getForSchema(key.schema()))
                : new GenericDatumWriter<>(key.schema(), GenericData.get()));
    }

    private String explain(SchemaRegistryException e, String subject, Schema schema) {
        String registryUrl = registry.url();
        return switch (e.errorCode()) {
            case SchemaRegistryException.INCOMPATIBLE -> ("Schema registry at %s refused schema %s for subject '%s': "
                    + "it is incompatible with the subject's earlier versions. Make the change compatible "
                    + "(e.g. give new fields defaults) or change the subject's compatibility level. Registry said: %s")
                    .formatted(registryUrl, schema.getFullName(), subject, e.getMessage());
            case SchemaRegistryException.SCHEMA_NOT_FOUND, SchemaRegistryException.SUBJECT_NOT_FOUND ->
                    ("Schema %s is not registered under subject '%s' in the schema registry at %s and %s=false: "
                    + "register it first or set %s=true").formatted(schema.getFullName(), subject, registryUrl,
                            ConfluentSerdeConfig.AUTO_REGISTER_SCHEMAS, ConfluentSerdeConfig.AUTO_REGISTER_SCHEMAS);
            default -> "Cannot get a schema id for %s under subject '%s': %s"
                    .formatted(schema.getFullName(), subject, e.getMessage());
        };
    }
}
