package dev.newsroom.store.projection;

import dev.newsroom.serde.ConfluentAvroDeserializer;
import dev.newsroom.serde.ConfluentSerdeConfig;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Decodes record values from the Confluent wire format into generated Avro classes. Records are consumed as
 * bytes and decoded here, so an undecodable record can be dead-lettered with its original bytes.
 */
public class EventDecoder {

    private final ConfluentAvroDeserializer<SpecificRecord> deserializer = new ConfluentAvroDeserializer<>();

    public EventDecoder(String registryUrl) {
        deserializer.configure(Map.of(
                ConfluentSerdeConfig.SCHEMA_REGISTRY_URL, registryUrl,
                ConfluentSerdeConfig.SPECIFIC_AVRO_READER, true), false);
    }

    /** @throws SerializationException when the bytes are not a {@code type} in the Confluent wire format */
    public <T extends SpecificRecord> T decode(String topic, byte[] value, Class<T> type) {
        if (value == null) {
            throw new SerializationException("Record from topic '" + topic + "' has no value (a tombstone)");
        }
        SpecificRecord record = deserializer.deserialize(topic, value);
        if (!type.isInstance(record)) {
            throw new SerializationException("Record from topic '" + topic + "' is a "
                    + record.getSchema().getFullName() + ", expected " + type.getName());
        }
        return type.cast(record);
    }
}
