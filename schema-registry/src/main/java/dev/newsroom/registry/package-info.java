/**
 * A schema registry speaking the part of Confluent Schema Registry's REST API that serializers, deserializers
 * and tools use (register, schema by id, the list of all schemas, subjects and versions, references, compatibility
 * checks, global and per-subject compatibility levels and modes, soft and permanent deletes), with Confluent's
 * error codes and JSON error bodies. Avro only.
 *
 * <p>{@link dev.newsroom.registry.SchemaRegistryServer} serves it over the JDK's HTTP server;
 * {@link dev.newsroom.registry.SchemaRegistry} holds the state and the rules; every change is a
 * {@link dev.newsroom.registry.StoreRecord} appended to a {@link dev.newsroom.registry.SchemaStore} before it is
 * applied, and replayed at start-up. {@link dev.newsroom.registry.KafkaSchemaStore} keeps the records in a
 * compacted single-partition topic ({@code _schemas}), keyed and encoded as Confluent's registry does, so ids
 * survive restarts; {@link dev.newsroom.registry.InMemorySchemaStore} serves tests.
 *
 * <p>Not supported: schema types other than AVRO, schema references (so {@code referencedby} is always empty),
 * the IMPORT mode (ids chosen by clients), contexts, several registry instances writing to one topic.
 */
package dev.newsroom.registry;
