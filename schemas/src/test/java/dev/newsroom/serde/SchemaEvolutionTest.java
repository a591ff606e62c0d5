package dev.newsroom.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Map;

import dev.newsroom.serde.evolution.Quote;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Writers and readers on different versions of a schema. Version 1 is the generated {@link Quote};
 * version 2 adds an optional field; version 3 adds a required one, which BACKWARD compatibility forbids.
 */
class SchemaEvolutionTest {

    static final String TOPIC = "quotes";
    static final Schema V2 = new Schema.Parser().parse("""
            {"type":"record","name":"Quote","namespace":"dev.newsroom.serde.evolution","fields":[
              {"name":"speaker","type":"string"},
              {"name":"words","type":"string"},
              {"name":"via","type":["null","string"],"default":null}]}""");
    static final Schema V3_REQUIRED = new Schema.Parser().parse("""
            {"type":"record","name":"Quote","namespace":"dev.newsroom.serde.evolution","fields":[
              {"name":"speaker","type":"string"},
              {"name":"words","type":"string"},
              {"name":"stance","type":"double"}]}""");

    InProcessRegistry registry;
    ConfluentAvroSerializer<Object> serializer = new ConfluentAvroSerializer<>();
    ConfluentAvroDeserializer<Object> oldReader = new ConfluentAvroDeserializer<>();
    ConfluentAvroDeserializer<Object> deserializer = new ConfluentAvroDeserializer<>();

    @BeforeEach
    void start() {
        registry = new InProcessRegistry();
        serializer.configure(Map.of("schema.registry.url", registry.url()), false);
        oldReader.configure(Map.of("schema.registry.url", registry.url(), "specific.avro.reader", true), false);
        deserializer.configure(Map.of("schema.registry.url", registry.url()), false);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void newWriterOldReader() {
        byte[] v1Bytes = serializer.serialize(TOPIC, new Quote("Jane Doe", "talks went well"));
        GenericRecord v2 = new GenericData.Record(V2);
        v2.put("speaker", "John Roe");
        v2.put("words", "we will see");
        v2.put("via", "The Daily");
        byte[] v2Bytes = serializer.serialize(TOPIC, v2);
        assertThat(schemaId(v2Bytes)).isNotEqualTo(schemaId(v1Bytes));

        Object read = oldReader.deserialize(TOPIC, v2Bytes);
        assertThat(read).isEqualTo(new Quote("John Roe", "we will see"));
    }

    @Test
    void oldRecordNewReader() {
        byte[] v1Bytes = serializer.serialize(TOPIC, new Quote("Jane Doe", "talks went well"));

        GenericRecord read = (GenericRecord) deserializer.deserialize(TOPIC, v1Bytes, V2);
        assertThat(read.getSchema()).isEqualTo(V2);
        assertThat(read.get("speaker").toString()).isEqualTo("Jane Doe");
        assertThat(read.get("words").toString()).isEqualTo("talks went well");
        assertThat(read.get("via")).isNull();
        // registering the new version is allowed: it reads what the old one wrote
        GenericRecord v2 = new GenericData.Record(V2);
        v2.put("speaker", "x");
        v2.put("words", "y");
        assertThat(serializer.serialize(TOPIC, v2)).isNotNull();
    }

    @Test
    void incompatibleChangeIsRefused() {
        serializer.serialize(TOPIC, new Quote("Jane Doe", "talks went well"));
        GenericRecord v3 = new GenericData.Record(V3_REQUIRED);
        v3.put("speaker", "x");
        v3.put("words", "y");
        v3.put("stance", 0.5);

        assertThatThrownBy(() -> serializer.serialize(TOPIC, v3))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("refused schema dev.newsroom.serde.evolution.Quote for subject 'quotes-value'")
                .hasMessageContaining("incompatible")
                .hasMessageContaining("stance")
                .hasMessageContaining(registry.url())
                .cause().isInstanceOf(SchemaRegistryException.class)
                .extracting(e -> ((SchemaRegistryException) e).errorCode()).isEqualTo(409);
    }

    @Test
    void withoutAutoRegistrationAnUnknownSchemaIsExplained() {
        ConfluentAvroSerializer<Object> strict = new ConfluentAvroSerializer<>();
        strict.configure(Map.of("schema.registry.url", registry.url(), "auto.register.schemas", "false"), false);
        assertThatThrownBy(() -> strict.serialize(TOPIC, new Quote("a", "b")))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("not registered under subject 'quotes-value'")
                .hasMessageContaining("auto.register.schemas=true");

        byte[] registered = serializer.serialize(TOPIC, new Quote("a", "b"));
        assertThat(strict.serialize(TOPIC, new Quote("a", "b"))).isEqualTo(registered);
    }

    @Test
    void useLatestVersionWritesWithTheSubjectsLatestSchema() {
        serializer.serialize(TOPIC, new Quote("a", "b"));
        GenericRecord v2 = new GenericData.Record(V2);
        v2.put("speaker", "s");
        v2.put("words", "w");
        byte[] v2Bytes = serializer.serialize(TOPIC, v2);

        ConfluentAvroSerializer<Object> latest = new ConfluentAvroSerializer<>();
        latest.configure(Map.of("schema.registry.url", registry.url(), "auto.register.schemas", "false",
                "use.latest.version", "true"), false);
        assertThat(latest.serialize(TOPIC, v2)).isEqualTo(v2Bytes);
    }

    @Test
    void specificReaderNeedsTheGeneratedClass() {
        Schema unknown = new Schema.Parser().parse(
                "{\"type\":\"record\",\"name\":\"Unknown\",\"namespace\":\"nowhere\",\"fields\":[]}");
        byte[] bytes = serializer.serialize("unknowns", new GenericData.Record(unknown));
        assertThatThrownBy(() -> oldReader.deserialize("unknowns", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("no generated class nowhere.Unknown");
        assertThat(((GenericRecord) deserializer.deserialize("unknowns", bytes)).getSchema()).isEqualTo(unknown);
    }

    static int schemaId(byte[] bytes) {
        return ByteBuffer.wrap(bytes, 1, 4).getInt();
    }
}
