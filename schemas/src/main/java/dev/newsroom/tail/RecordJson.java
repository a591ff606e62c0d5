package dev.newsroom.tail;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.newsroom.serde.ConfluentAvroDeserializer;

/**
 * One Kafka record of any of the project's topics as one JSON object: where it is, its key, its headers
 * (the dead-letter topics' {@code newsroom.error.*} among them) and its value, decoded by what it holds:
 * Avro in Confluent's wire format (through the registry), JSON, text, or else Base64. A value that cannot
 * be decoded is shown raw, with the reason, never left out.
 */
final class RecordJson {

    private static final byte CONFLUENT_MAGIC_BYTE = 0;
    private static final int CONFLUENT_HEADER_SIZE = 5;

    private final JsonMapper json = JsonMapper.builder().build();
    private final ConfluentAvroDeserializer<Object> avro;

    RecordJson(ConfluentAvroDeserializer<Object> avro) {
        this.avro = avro;
    }

    ObjectNode of(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode line = json.createObjectNode()
                .put("topic", record.topic())
                .put("partition", record.partition())
                .put("offset", record.offset())
                .put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
        line.set("key", record.key() == null ? null : bytes(record.key()));
        ObjectNode headers = line.putObject("headers");
        for (Header header : record.headers()) {
            JsonNode value = header.value() == null ? json.nullNode() : bytes(header.value());
            JsonNode earlier = headers.get(header.key());
            if (earlier == null) {
                headers.set(header.key(), value);
            } else {
                ArrayNode all = earlier.isArray() ? (ArrayNode) earlier : json.createArrayNode().add(earlier);
                headers.set(header.key(), all.add(value));
            }
        }
        value(line, record);
        return line;
    }

    private void value(ObjectNode line, ConsumerRecord<byte[], byte[]> record) {
        byte[] value = record.value();
        if (value == null) {
            line.putNull("value");
            return;
        }
        if (value.length >= CONFLUENT_HEADER_SIZE && value[0] == CONFLUENT_MAGIC_BYTE) {
            try {
                Object decoded = avro.deserialize(record.topic(), value);
                Schema schema = decoded instanceof GenericContainer container ? container.getSchema()
                        : GenericData.get().induce(decoded);
                line.put("schemaId", ByteBuffer.wrap(value, 1, 4).getInt());
                line.put("schema", schema.getFullName());
                line.set("value", AvroJson.of(decoded, schema));
                return;
            } catch (RuntimeException e) {
                line.put("valueError", "not decoded as Confluent Avro: " + e.getMessage());
                line.set("value", base64(value));
                return;
            }
        }
        line.set("value", bytes(value));
    }

    private ObjectNode base64(byte[] data) {
        return json.createObjectNode().put("base64", Base64.getEncoder().encodeToString(data));
    }

    /** UTF-8 JSON as JSON, other UTF-8 text as a string, anything else as {@code {"base64": ...}}. */
    private JsonNode bytes(byte[] data) {
        Optional<String> text = utf8(data);
        if (text.isEmpty()) {
            return base64(data);
        }
        String value = text.get();
        String trimmed = value.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                return json.readTree(trimmed);
            } catch (JacksonException notJson) {
                // text that only starts like JSON
            }
        }
        return json.getNodeFactory().stringNode(value);
    }

    private static Optional<String> utf8(byte[] data) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
