package dev.newsroom.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads records in Confluent's wire format, as {@code io.confluent.kafka.serializers.KafkaAvroDeserializer}
 * does: the schema id after the magic byte names the writer's schema, fetched once from the registry, and
 * Avro schema resolution maps it onto the reader's schema. The reader's schema is the writer's own
 * ({@code GenericRecord}), the generated class's with {@value ConfluentSerdeConfig#SPECIFIC_AVRO_READER}=true,
 * or one given to {@link #deserialize(String, byte[], Schema)}. Thread-safe.
 */
public class ConfluentAvroDeserializer<T> implements Deserializer<T> {

    static {
        GeneratedClassTrust.install();
    }

    private record ReaderKey(int writerId, Schema readerSchema) {
    }

    private volatile SchemaRegistryClient registry;
    private volatile ConfluentSerdeConfig config;
    private final Map<ReaderKey, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    /** For Kafka, which calls {@link #configure} before use. */
    public ConfluentAvroDeserializer() {
    }

    /** A deserializer ready to use, sharing {@code registry} (and its caches) with other serdes. */
    public ConfluentAvroDeserializer(SchemaRegistryClient registry, ConfluentSerdeConfig config) {
        this.registry = registry;
        this.config = config;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        ConfluentSerdeConfig parsed = ConfluentSerdeConfig.from(configs);
        registry = parsed.client(registry);
        this.config = parsed;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return deserialize(topic, data, null);
    }

    /**
     * Decodes {@code data} into {@code readerSchema} (resolved from the writer's schema), or as configured
     * when {@code readerSchema} is null.
     */
    @SuppressWarnings("unchecked")
    public T deserialize(String topic, byte[] data, Schema readerSchema) {
        if (data == null) {
            return null;
        }
        ConfluentSerdeConfig.requireConfigured(this, config);
        if (data.length > 0 && data[0] != ConfluentWireFormat.MAGIC_BYTE) {
            throw new SerializationException(("Unknown magic byte 0x%02X%s at the start of a record from topic '%s': "
                    + "expected 0x00, the Confluent wire format (magic byte 0, 4-byte schema id, Avro binary). "
                    + "The record was not written by a Confluent-compatible Avro serializer.")
                    .formatted(data[0], printable(data[0]), topic));
        }
        if (data.length < ConfluentWireFormat.HEADER_SIZE) {
            throw new SerializationException(("Truncated record from topic '%s': %d bytes, shorter than the 5-byte "
                    + "Confluent header (magic byte 0 and a 4-byte schema id)").formatted(topic, data.length));
        }
        int id = ByteBuffer.wrap(data, 1, 4).getInt();
        Schema writerSchema = writerSchema(topic, id);
        DatumReader<Object> reader = readers.computeIfAbsent(
                new ReaderKey(id, readerSchema != null ? readerSchema : configuredReaderSchema(writerSchema)),
                key -> datumReader(writerSchema, key.readerSchema()));
        int bodyLength = data.length - ConfluentWireFormat.HEADER_SIZE;
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, ConfluentWireFormat.HEADER_SIZE, bodyLength,
                null);
        Object result;
        try {
            result = reader.read(null, decoder);
        } catch (Exception | OutOfMemoryError e) {
            // OutOfMemoryError: a garbled length asked for a huge array; nothing else was allocated
            throw new SerializationException(("Truncated or garbled Avro body in a record from topic '%s' with schema "
                    + "id %d (%s, %d bytes after the header): %s").formatted(topic, id, writerSchema.getFullName(),
                    bodyLength, e), e);
        }
        try {
            if (!decoder.isEnd()) {
                throw new SerializationException(("Garbled Avro body in a record from topic '%s' with schema id %d "
                        + "(%s): bytes are left over after a complete record").formatted(topic, id,
                        writerSchema.getFullName()));
            }
        } catch (IOException e) {
            throw new SerializationException("Cannot read the end of a record from topic '" + topic + "'", e);
        }
        return (T) result;
    }

    private Schema writerSchema(String topic, int id) {
        try {
            return registry.schemaById(id);
        } catch (SchemaRegistryException e) {
            if (e.errorCode() == SchemaRegistryException.SCHEMA_NOT_FOUND) {
                throw new SerializationException(("Unknown schema id %d in a record from topic '%s': the schema "
                        + "registry at %s has no schema with that id (was the record written against another "
                        + "registry?)").formatted(id, topic, registry.url()), e);
            }
            throw new SerializationException("Cannot fetch schema id %d for a record from topic '%s': %s"
                    .formatted(id, topic, e.getMessage()), e);
        }
    }

    private Schema configuredReaderSchema(Schema writerSchema) {
        if (!config.specificAvroReader()) {
            return writerSchema;
        }
        Class<?> generated = SpecificData.get().getClass(writerSchema);
        if (generated == null) {
            throw new SerializationException(("%s=true but no generated class %s is on the classpath: add the "
                    + "module with the generated Avro classes, or read GenericRecords (%s=false)")
                    .formatted(ConfluentSerdeConfig.SPECIFIC_AVRO_READER, writerSchema.getFullName(),
                            ConfluentSerdeConfig.SPECIFIC_AVRO_READER));
        }
        return SpecificData.get().getSchema(generated);
    }

    private DatumReader<Object> datumReader(Schema writerSchema, Schema readerSchema) {
        return config.specificAvroReader() && SpecificData.get().getClass(readerSchema) != null
                ? new SpecificDatumReader<>(writerSchema, readerSchema)
                : new GenericDatumReader<>(writerSchema, readerSchema, GenericData.get());
    }

    private static String printable(byte b) {
        return b >= 0x20 && b < 0x7F ? " ('" + (char) b + "')" : "";
    }
}
