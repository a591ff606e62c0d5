package dev.newsroom.serde;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dev.newsroom.events.StatementEvent;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Records that are not what the deserializer expects fail loudly, saying what is wrong. */
class CorruptPayloadTest {

    static final String TOPIC = "news.statements";
    static InProcessRegistry registry;
    static ConfluentAvroDeserializer<StatementEvent> deserializer = new ConfluentAvroDeserializer<>();
    static byte[] valid;
    static int id;

    @BeforeAll
    static void start() {
        registry = new InProcessRegistry();
        Map<String, String> config = Map.of("schema.registry.url", registry.url(), "specific.avro.reader", "true");
        deserializer.configure(config, false);
        ConfluentAvroSerializer<StatementEvent> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(config, false);
        valid = serializer.serialize(TOPIC, SampleEvents.extracted());
        id = ByteBuffer.wrap(valid, 1, 4).getInt();
    }

    @AfterAll
    static void stop() {
        registry.close();
    }

    @Test
    void wrongMagicByte() {
        byte[] json = "{\"eventId\":\"e-1\"}".getBytes();
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, json))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown magic byte 0x7B ('{')")
                .hasMessageContaining("expected 0x00")
                .hasMessageContaining("'news.statements'");
        byte[] other = valid.clone();
        other[0] = 1;
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, other))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown magic byte 0x01");
    }

    @Test
    void unknownSchemaId() {
        byte[] bytes = valid.clone();
        ByteBuffer.wrap(bytes, 1, 4).putInt(987654);
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown schema id 987654")
                .hasMessageContaining(registry.url())
                .hasMessageContaining("'news.statements'");
    }

    @Test
    void truncatedBody() {
        byte[] bytes = Arrays.copyOf(valid, valid.length - 7);
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Truncated or garbled Avro body")
                .hasMessageContaining("'news.statements'")
                .hasMessageContaining("schema id " + id)
                .hasMessageContaining("StatementEvent");
    }

    @Test
    void truncatedHeader() {
        byte[] bytes = Arrays.copyOf(valid, 3);
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Truncated record from topic 'news.statements': 3 bytes");
    }

    @Test
    void garbledBody() {
        // the event type enum index 5 does not exist (EXTRACTED, RETRACTED)
        byte[] bytes = valid.clone();
        int eventTypeAt = 5 + 1 + "e-77".length();
        bytes[eventTypeAt] = 10;
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Truncated or garbled Avro body")
                .hasMessageContaining("schema id " + id);
        byte[] trailing = Arrays.copyOf(valid, valid.length + 2);
        assertThatThrownBy(() -> deserializer.deserialize(TOPIC, trailing))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("bytes are left over");
    }

    @Test
    void garbledLengthAskingForAHugeArray() {
        Schema listSchema = new Schema.Parser().parse("""
                {"type":"record","name":"Names","namespace":"corrupt.test","fields":[
                  {"name":"names","type":{"type":"array","items":"string"}}]}""");
        GenericRecord names = new GenericData.Record(listSchema);
        names.put("names", List.of("a"));
        ConfluentAvroSerializer<Object> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", registry.url()), false);
        byte[] header = Arrays.copyOf(serializer.serialize("names", names), 5);
        // block count 2^31 - 9 (zig-zag varint), the largest Avro accepts, then nothing
        byte[] bytes = Arrays.copyOf(header, 10);
        byte[] count = {(byte) 0xEE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
        System.arraycopy(count, 0, bytes, 5, 5);
        ConfluentAvroDeserializer<Object> generic = new ConfluentAvroDeserializer<>();
        generic.configure(Map.of("schema.registry.url", registry.url()), false);
        assertThatThrownBy(() -> generic.deserialize("names", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Truncated or garbled Avro body")
                .hasMessageContaining("corrupt.test.Names");
    }

    @Test
    void notAnAvroRecord() {
        ConfluentAvroSerializer<Object> serializer = new ConfluentAvroSerializer<>();
        serializer.configure(Map.of("schema.registry.url", registry.url()), false);
        assertThatThrownBy(() -> serializer.serialize(TOPIC, "plain text"))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("java.lang.String")
                .hasMessageContaining("GenericRecord or a generated SpecificRecord");
    }
}
