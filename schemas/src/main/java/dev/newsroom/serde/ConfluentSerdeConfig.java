package dev.newsroom.serde;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The settings of {@link ConfluentAvroSerializer} and {@link ConfluentAvroDeserializer}, under the
 * configuration keys of Confluent's serde so that the same producer and consumer properties work with both.
 *
 * @param registryUrl         base URL of the schema registry ({@value #SCHEMA_REGISTRY_URL})
 * @param autoRegisterSchemas serializer: register the record's schema under the subject when it is not yet
 *                            ({@value #AUTO_REGISTER_SCHEMAS}, default true)
 * @param useLatestVersion    serializer: write with the subject's latest registered schema instead of the
 *                            record's own ({@value #USE_LATEST_VERSION}, default false; needs auto-registration off)
 * @param specificAvroReader  deserializer: return the generated {@code SpecificRecord} class named by the
 *                            writer's schema, resolved against that class's schema, instead of a
 *                            {@code GenericRecord} ({@value #SPECIFIC_AVRO_READER}, default false)
 */
public record ConfluentSerdeConfig(String registryUrl, boolean autoRegisterSchemas, boolean useLatestVersion,
        boolean specificAvroReader) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";

    public ConfluentSerdeConfig {
        registryUrl = validUrl(registryUrl);
        if (useLatestVersion && autoRegisterSchemas) {
            throw new ConfigException(USE_LATEST_VERSION + "=true has no effect while " + AUTO_REGISTER_SCHEMAS
                    + "=true (the record's own schema would be registered and used): also set "
                    + AUTO_REGISTER_SCHEMAS + "=false");
        }
    }

    /** Settings for a registry with every other key at Confluent's default. */
    public static ConfluentSerdeConfig forRegistry(String registryUrl) {
        return new ConfluentSerdeConfig(registryUrl, true, false, false);
    }

    /** Reads the settings from Kafka producer or consumer properties, explaining any value that is wrong. */
    public static ConfluentSerdeConfig from(Map<String, ?> configs) {
        for (String strategyKey : new String[] {KEY_SUBJECT_NAME_STRATEGY, VALUE_SUBJECT_NAME_STRATEGY}) {
            Object strategy = configs.get(strategyKey);
            if (strategy != null && !strategyName(strategy).endsWith("TopicNameStrategy")) {
                throw new ConfigException(strategyKey, strategy, "only TopicNameStrategy (subject <topic>-key or "
                        + "<topic>-value) is supported by this serde: remove the setting");
            }
        }
        Object url = configs.get(SCHEMA_REGISTRY_URL);
        if (url == null) {
            throw new ConfigException(SCHEMA_REGISTRY_URL + " is not set: set it to the schema registry's base URL, "
                    + "e.g. http://localhost:8081 (in Spring Boot: spring.kafka.producer.properties."
                    + SCHEMA_REGISTRY_URL + " and spring.kafka.consumer.properties." + SCHEMA_REGISTRY_URL + ")");
        }
        boolean autoRegister = flag(configs, AUTO_REGISTER_SCHEMAS, true);
        boolean useLatest = flag(configs, USE_LATEST_VERSION, false);
        return new ConfluentSerdeConfig(url.toString(), autoRegister, useLatest,
                flag(configs, SPECIFIC_AVRO_READER, false));
    }

    /** {@code current} when it talks to this config's registry, else a new client for it. */
    SchemaRegistryClient client(SchemaRegistryClient current) {
        return current != null && current.url().equals(SchemaRegistryClient.trimmed(registryUrl)) ? current
                : new SchemaRegistryClient(registryUrl);
    }

    static void requireConfigured(Object serde, ConfluentSerdeConfig config) {
        if (config == null) {
            throw new SerializationException(serde.getClass().getSimpleName() + " is not configured: set "
                    + SCHEMA_REGISTRY_URL + " in the producer or consumer properties");
        }
    }

    private static String validUrl(String registryUrl) {
        if (registryUrl == null || registryUrl.isBlank()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, registryUrl,
                    "is empty: set it to the schema registry's base URL, e.g. http://localhost:8081");
        }
        String url = registryUrl.trim();
        if (url.contains(",")) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, registryUrl,
                    "lists several URLs; this serde talks to one registry: give a single URL");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new ConfigException(SCHEMA_REGISTRY_URL, registryUrl,
                        "is not an http(s) URL with a host: write it like http://localhost:8081");
            }
        } catch (URISyntaxException e) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, registryUrl,
                    "is not a valid URL (" + e.getReason() + "): write it like http://localhost:8081");
        }
        return url;
    }

    private static boolean flag(Map<String, ?> configs, String key, boolean defaultValue) {
        Object value = configs.get(key);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new ConfigException(key, value, "must be true or false");
    }

    private static String strategyName(Object strategy) {
        return strategy instanceof Class<?> c ? c.getName() : strategy.toString();
    }
}
