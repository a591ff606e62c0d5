package dev.newsroom.serde;

/**
 * Confluent's wire format: a magic byte 0, the schema id as a 4-byte big-endian int, then the Avro binary
 * encoding of the record. Subjects follow TopicNameStrategy: {@code <topic>-key} and {@code <topic>-value}.
 */
final class ConfluentWireFormat {

    static final byte MAGIC_BYTE = 0;
    static final int HEADER_SIZE = 5;

    private ConfluentWireFormat() {
    }

    static String subject(String topic, boolean isKey) {
        return topic + (isKey ? "-key" : "-value");
    }
}
