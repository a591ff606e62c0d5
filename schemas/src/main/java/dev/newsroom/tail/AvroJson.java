package dev.newsroom.tail;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

import org.apache.avro.LogicalType;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.GenericRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Avro value as plain JSON, the way people read it: unions without their type wrapper, enums as their
 * symbol, dates and timestamps as ISO-8601, bytes as Base64.
 */
final class AvroJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AvroJson() {
    }

    static JsonNode of(Object value, Schema schema) {
        if (value == null) {
            return NODES.nullNode();
        }
        LogicalType logical = schema.getLogicalType();
        if (logical != null && value instanceof Number number) {
            switch (logical.getName()) {
                case "date" -> {
                    return NODES.stringNode(LocalDate.ofEpochDay(number.longValue()).toString());
                }
                case "timestamp-millis", "local-timestamp-millis" -> {
                    return NODES.stringNode(Instant.ofEpochMilli(number.longValue()).toString());
                }
                case "timestamp-micros", "local-timestamp-micros" -> {
                    return NODES.stringNode(Instant.EPOCH.plus(number.longValue(), ChronoUnit.MICROS).toString());
                }
                default -> {
                    // shown as the number it is
                }
            }
        }
        return switch (schema.getType()) {
            case RECORD -> record((GenericRecord) value);
            case UNION -> of(value, schema.getTypes().get(GenericData.get().resolveUnion(schema, value)));
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                ((Collection<?>) value).forEach(item -> array.add(of(item, schema.getElementType())));
                yield array;
            }
            case MAP -> {
                ObjectNode map = NODES.objectNode();
                ((Map<?, ?>) value).forEach((k, v) -> map.set(k.toString(), of(v, schema.getValueType())));
                yield map;
            }
            case STRING, ENUM -> NODES.stringNode(value.toString());
            case INT -> NODES.numberNode(((Number) value).intValue());
            case LONG -> NODES.numberNode(((Number) value).longValue());
            case FLOAT -> NODES.numberNode(((Number) value).floatValue());
            case DOUBLE -> NODES.numberNode(((Number) value).doubleValue());
            case BOOLEAN -> NODES.booleanNode((Boolean) value);
            case BYTES -> NODES.stringNode(base64((ByteBuffer) value));
            case FIXED -> NODES.stringNode(Base64.getEncoder().encodeToString(((GenericFixed) value).bytes()));
            case NULL -> NODES.nullNode();
        };
    }

    private static ObjectNode record(GenericRecord record) {
        ObjectNode object = NODES.objectNode();
        for (Schema.Field field : record.getSchema().getFields()) {
            object.set(field.name(), of(record.get(field.pos()), field.schema()));
        }
        return object;
    }

    private static String base64(ByteBuffer buffer) {
        ByteBuffer copy = buffer.duplicate();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
