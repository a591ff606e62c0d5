package dev.newsroom.serde;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the Confluent Schema Registry REST API (Confluent's own registry or the project's).
 * Schema ids and schemas are cached for the life of the client, so serializing and deserializing make no
 * HTTP call once a schema has been seen. Thread-safe; share one per registry.
 */
public final class SchemaRegistryClient {

    /** A version of a subject. */
    public record SubjectVersion(String subject, int version, int id, Schema schema) {
    }

    /** The answer to a compatibility check; {@code messages} says what is wrong when it is not compatible. */
    public record Compatibility(boolean compatible, List<String> messages) {
    }

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final String url;
    private final Duration timeout;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<String, Map<Schema, Integer>> idsBySubject = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public SchemaRegistryClient(String url) {
        this(url, DEFAULT_TIMEOUT);
    }

    /** @param url the registry's base URL, e.g. {@code http://localhost:8081} */
    public SchemaRegistryClient(String url, Duration timeout) {
        this.url = trimmed(url);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public String url() {
        return url;
    }

    /** Registers {@code schema} under {@code subject} (idempotent in the registry) and returns its global id. */
    public int register(String subject, Schema schema) {
        return idsOf(subject).computeIfAbsent(schema, s -> {
            JsonNode answer = call("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(s));
            int id = answer.get("id").asInt();
            schemasById.putIfAbsent(id, s);
            return id;
        });
    }

    /** The id of {@code schema} as already registered under {@code subject}; 40403 when it is not. */
    public int idOf(String subject, Schema schema) {
        return idsOf(subject).computeIfAbsent(schema, s -> {
            JsonNode answer = call("POST", "/subjects/" + encode(subject), schemaBody(s));
            int id = answer.get("id").asInt();
            schemasById.putIfAbsent(id, s);
            return id;
        });
    }

    /** The schema with global id {@code id}; 40403 when the registry has none. */
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, i -> parse(call("GET", "/schemas/ids/" + i, null).get("schema")
                .asString()));
    }

    /** The latest live version of {@code subject}, asked of the registry on every call. */
    public SubjectVersion latestVersion(String subject) {
        JsonNode answer = call("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        int id = answer.get("id").asInt();
        Schema schema = schemasById.computeIfAbsent(id, i -> parse(answer.get("schema").asString()));
        return new SubjectVersion(answer.get("subject").asString(), answer.get("version").asInt(), id, schema);
    }

    /** Whether {@code schema} could be registered under {@code subject} at the subject's compatibility level. */
    public Compatibility checkCompatibility(String subject, Schema schema) {
        JsonNode answer = call("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                schemaBody(schema));
        List<String> messages = answer.has("messages")
                ? answer.get("messages").valueStream().map(JsonNode::asString).toList()
                : List.of();
        return new Compatibility(answer.get("is_compatible").asBoolean(), messages);
    }

    private Map<Schema, Integer> idsOf(String subject) {
        return idsBySubject.computeIfAbsent(subject, s -> new ConcurrentHashMap<>());
    }

    private String schemaBody(Schema schema) {
        return json.createObjectNode().put("schema", schema.toString()).toString();
    }

    private JsonNode call(String method, String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + path))
                .timeout(timeout)
                .header("Accept", CONTENT_TYPE)
                .header("Content-Type", CONTENT_TYPE)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SchemaRegistryException(url, 0, SchemaRegistryException.UNREACHABLE,
                    "Could not reach the schema registry at %s (%s %s): %s".formatted(url, method, path, e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaRegistryException(url, 0, SchemaRegistryException.UNREACHABLE,
                    "Interrupted while calling the schema registry at " + url, e);
        }
        JsonNode answer = readJson(response.body());
        if (response.statusCode() / 100 != 2) {
            int code = answer != null && answer.has("error_code") ? answer.get("error_code").asInt()
                    : response.statusCode();
            String message = answer != null && answer.has("message") ? answer.get("message").asString()
                    : abbreviate(response.body());
            throw new SchemaRegistryException(url, response.statusCode(), code,
                    "Schema registry at %s answered %s %s with HTTP %d, error %d: %s"
                            .formatted(url, method, path, response.statusCode(), code, message), null);
        }
        if (answer == null) {
            throw new SchemaRegistryException(url, response.statusCode(), response.statusCode(),
                    "Schema registry at %s answered %s %s with a body that is not JSON: %s"
                            .formatted(url, method, path, abbreviate(response.body())), null);
        }
        return answer;
    }

    private JsonNode readJson(String body) {
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            return null;
        }
    }

    private Schema parse(String schema) {
        try {
            return new Schema.Parser().parse(schema);
        } catch (RuntimeException e) {
            throw new SchemaRegistryException(url, 200, SchemaRegistryException.INVALID_SCHEMA,
                    "Schema registry at %s returned a schema Avro cannot parse: %s".formatted(url, e.getMessage()), e);
        }
    }

    static String trimmed(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
