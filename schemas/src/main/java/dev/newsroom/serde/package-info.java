/**
 * Kafka serde for the Avro events in Confluent's wire format, and a client of the Confluent Schema Registry
 * REST API. Byte-compatible with {@code io.confluent:kafka-avro-serializer}: a record written here is read by
 * Confluent's {@code KafkaAvroDeserializer} (or kcat, or any language's Confluent client) and the other way round.
 *
 * <p>Configured by Confluent's keys ({@link dev.newsroom.serde.ConfluentSerdeConfig}), so properties are enough,
 * e.g. in Spring Boot:
 * <pre>
 * spring.kafka.producer.value-serializer=dev.newsroom.serde.ConfluentAvroSerializer
 * spring.kafka.producer.properties.schema.registry.url=http://localhost:8081
 * spring.kafka.consumer.value-deserializer=dev.newsroom.serde.ConfluentAvroDeserializer
 * spring.kafka.consumer.properties.schema.registry.url=http://localhost:8081
 * spring.kafka.consumer.properties.specific.avro.reader=true
 * </pre>
 * Without {@code specific.avro.reader} the deserializer returns {@code GenericRecord}s whose strings are
 * {@code org.apache.avro.util.Utf8} and whose timestamps are longs, as Confluent's does.
 *
 * <p>Failures are {@link org.apache.kafka.common.errors.SerializationException}s that name the problem (the
 * magic byte found, the unknown schema id and the registry asked, the topic and schema id of a truncated body,
 * the subject a schema was refused for), so a consumer's error handler can route the record to a dead-letter
 * topic with a reason.
 */
package dev.newsroom.serde;
