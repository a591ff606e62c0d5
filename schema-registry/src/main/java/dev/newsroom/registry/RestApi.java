package dev.newsroom.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The subset of Confluent Schema Registry's REST API that serializers, deserializers and tools use,
 * with Confluent's paths, JSON bodies, HTTP statuses and error codes.
 */
final class RestApi implements HttpHandler {

    static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final Logger log = LoggerFactory.getLogger(RestApi.class);

    private final SchemaRegistry registry;
    private final JsonMapper json = JsonMapper.builder().build();

    RestApi(SchemaRegistry registry) {
        this.registry = registry;
    }

    private record Request(String method, String path, List<String> segments, Map<String, String> query,
            byte[] body) {

        boolean flag(String name) {
            return Boolean.parseBoolean(query.getOrDefault(name, "false"));
        }
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            int status = 200;
            Object body;
            try {
                body = route(read(exchange));
            } catch (RegistryException e) {
                if (e.httpStatus() >= 500) {
                    log.warn("{} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(),
                            e.getMessage(), e);
                }
                status = e.httpStatus();
                body = error(e.errorCode(), e.getMessage());
            } catch (RuntimeException e) {
                log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                status = 500;
                body = error(50001, "Internal error: " + e);
            }
            byte[] bytes = body instanceof RawJson raw
                    ? raw.text().getBytes(StandardCharsets.UTF_8)
                    : json.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** A body that already is JSON text (a schema), sent as it is. */
    private record RawJson(String text) {
    }

    private Object route(Request r) {
        List<String> s = r.segments();
        if (s.isEmpty()) {
            return only(r, "GET", () -> json.createObjectNode());
        }
        return switch (s.get(0)) {
            case "schemas" -> schemas(r);
            case "subjects" -> subjects(r);
            case "compatibility" -> compatibility(r);
            case "config" -> config(r);
            case "mode" -> mode(r);
            default -> throw unknownPath(r);
        };
    }

    private Object schemas(Request r) {
        List<String> s = r.segments();
        if (s.size() == 1) {
            return only(r, "GET", () -> page(r, registry.allVersions(r.query().getOrDefault("subjectPrefix", ""),
                    r.flag("deleted"), r.flag("latestOnly")).stream().map(this::versionView).toList()));
        }
        if (s.size() == 2 && s.get(1).equals("types")) {
            return only(r, "GET", () -> List.of("AVRO"));
        }
        if (s.size() < 3 || s.size() > 4 || !s.get(1).equals("ids")) {
            throw unknownPath(r);
        }
        int id = schemaId(s.get(2));
        String tail = s.size() == 4 ? s.get(3) : "";
        return only(r, "GET", () -> switch (tail) {
            case "" -> json.createObjectNode().put("schema", registry.schemaById(id));
            case "schema" -> new RawJson(registry.schemaById(id));
            case "versions" -> registry.versionsOfId(id, r.flag("deleted")).stream()
                    .map(v -> json.createObjectNode().put("subject", v.subject()).put("version", v.version()))
                    .toList();
            case "subjects" -> registry.versionsOfId(id, r.flag("deleted")).stream()
                    .map(SchemaRegistry.RegisteredVersion::subject).distinct().toList();
            default -> throw unknownPath(r);
        });
    }

    private Object subjects(Request r) {
        List<String> s = r.segments();
        boolean deleted = r.flag("deleted");
        if (s.size() == 1) {
            return only(r, "GET", () -> registry.subjects(deleted));
        }
        String subject = s.get(1);
        if (s.size() == 2) {
            return switch (r.method()) {
                case "POST" -> versionView(registry.lookup(subject, schemaOf(r), deleted));
                case "DELETE" -> registry.deleteSubject(subject, r.flag("permanent"));
                default -> throw RegistryException.methodNotAllowed(r.method(), r.path());
            };
        }
        if (!s.get(2).equals("versions") || s.size() > 5) {
            throw unknownPath(r);
        }
        if (s.size() == 3) {
            return switch (r.method()) {
                case "GET" -> registry.versions(subject, deleted);
                case "POST" -> json.createObjectNode().put("id", registry.register(subject, schemaOf(r)));
                default -> throw RegistryException.methodNotAllowed(r.method(), r.path());
            };
        }
        String version = s.get(3);
        if (s.size() == 5) {
            return switch (s.get(4)) {
                case "schema" -> only(r, "GET", () -> new RawJson(registry.version(subject, version, deleted).schema()));
                case "referencedby" -> only(r, "GET", () -> registry.referencedBy(subject, version, deleted));
                default -> throw unknownPath(r);
            };
        }
        return switch (r.method()) {
            case "GET" -> versionView(registry.version(subject, version, deleted));
            case "DELETE" -> registry.deleteVersion(subject, version, r.flag("permanent"));
            default -> throw RegistryException.methodNotAllowed(r.method(), r.path());
        };
    }

    private Object compatibility(Request r) {
        List<String> s = r.segments();
        if (s.size() < 4 || s.size() > 5 || !s.get(1).equals("subjects") || !s.get(3).equals("versions")) {
            throw unknownPath(r);
        }
        String version = s.size() == 5 ? s.get(4) : null;
        return only(r, "POST", () -> {
            List<String> problems = registry.checkCompatibility(s.get(2), version, schemaOf(r));
            ObjectNode result = json.createObjectNode().put("is_compatible", problems.isEmpty());
            if (r.flag("verbose")) {
                result.putPOJO("messages", problems);
            }
            return result;
        });
    }

    private Object config(Request r) {
        List<String> s = r.segments();
        if (s.size() == 1) {
            return switch (r.method()) {
                case "GET" -> levelView(registry.globalLevel());
                case "PUT" -> {
                    CompatibilityLevel level = compatibilityOf(r);
                    registry.setLevel(null, level);
                    yield json.createObjectNode().put("compatibility", level.name());
                }
                default -> throw RegistryException.methodNotAllowed(r.method(), r.path());
            };
        }
        if (s.size() != 2) {
            throw unknownPath(r);
        }
        String subject = s.get(1);
        return switch (r.method()) {
            case "GET" -> levelView(registry.subjectLevel(subject)
                    .or(() -> r.flag("defaultToGlobal") ? Optional.of(registry.globalLevel())
                            : Optional.empty())
                    .orElseThrow(() -> RegistryException.subjectLevelNotConfigured(subject)));
            case "PUT" -> {
                CompatibilityLevel level = compatibilityOf(r);
                registry.setLevel(subject, level);
                yield json.createObjectNode().put("compatibility", level.name());
            }
            case "DELETE" -> json.createObjectNode()
                    .put("compatibilityLevel", registry.deleteSubjectLevel(subject).name());
            default -> throw RegistryException.methodNotAllowed(r.method(), r.path());
        };
    }

    private Object mode(Request r) {
        List<String> s = r.segments();
        if (s.size() == 1) {
            return switch (r.method()) {
                case "GET" -> modeView(registry.globalMode());
                case "PUT" -> {
                    Mode mode = modeOf(r);
                    registry.setMode(null, mode);
                    yield modeView(mode);
                }
                default -> throw RegistryException.methodNotAllowed(r.method(), r.path());
            };
        }
        if (s.size() != 2) {
            throw unknownPath(r);
        }
        String subject = s.get(1);
        return switch (r.method()) {
            case "GET" -> modeView(registry.subjectMode(subject)
                    .or(() -> r.flag("defaultToGlobal") ? Optional.of(registry.globalMode()) : Optional.empty())
                    .orElseThrow(() -> RegistryException.subjectModeNotConfigured(subject)));
            case "PUT" -> {
                Mode mode = modeOf(r);
                registry.setMode(subject, mode);
                yield modeView(mode);
            }
            case "DELETE" -> modeView(registry.deleteSubjectMode(subject));
            default -> throw RegistryException.methodNotAllowed(r.method(), r.path());
        };
    }

    /** Confluent's {@code offset} and {@code limit} (-1: no limit) on a listing. */
    private static List<?> page(Request r, List<?> all) {
        int offset = Math.max(0, intParameter(r, "offset", 0));
        int limit = intParameter(r, "limit", -1);
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, limit < 0 ? all.size() : Math.min(all.size(), offset + limit));
    }

    private static int intParameter(Request r, String name, int otherwise) {
        String value = r.query().get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw RegistryException.badRequest("Query parameter '%s' must be a whole number, not '%s'".formatted(name, value));
        }
    }

    private ObjectNode modeView(Mode mode) {
        return json.createObjectNode().put("mode", mode.name());
    }

    private Mode modeOf(Request r) {
        JsonNode mode = bodyOf(r).get("mode");
        return Mode.parse(mode == null || mode.isNull() ? null : mode.asString());
    }

    private ObjectNode versionView(SchemaRegistry.RegisteredVersion v) {
        return json.createObjectNode()
                .put("subject", v.subject())
                .put("version", v.version())
                .put("id", v.id())
                .put("schema", v.schema());
    }

    private ObjectNode levelView(CompatibilityLevel level) {
        return json.createObjectNode().put("compatibilityLevel", level.name());
    }

    private ObjectNode error(int code, String message) {
        return json.createObjectNode().put("error_code", code).put("message", message);
    }

    /** The "schema" of a request body, after checking it asks for an Avro schema without references. */
    private String schemaOf(Request r) {
        JsonNode body = bodyOf(r);
        JsonNode type = body.get("schemaType");
        if (type != null && !type.isNull() && !"AVRO".equals(type.asString())) {
            throw RegistryException.invalidSchema("schemaType %s is not supported: this registry holds AVRO schemas only"
                    .formatted(type.asString()));
        }
        JsonNode references = body.get("references");
        if (references != null && !references.isNull() && !references.isEmpty()) {
            throw RegistryException.invalidSchema("schema references are not supported: send the schema with its "
                    + "named types inlined");
        }
        JsonNode schema = body.get("schema");
        if (schema == null || !schema.isString()) {
            throw RegistryException.invalidSchema("the request body needs a \"schema\" field holding the schema "
                    + "as a JSON string");
        }
        return schema.asString();
    }

    private CompatibilityLevel compatibilityOf(Request r) {
        JsonNode level = bodyOf(r).get("compatibility");
        return CompatibilityLevel.parse(level == null || level.isNull() ? null : level.asString());
    }

    private JsonNode bodyOf(Request r) {
        try {
            JsonNode body = json.readTree(r.body());
            if (body == null || !body.isObject()) {
                throw RegistryException.badRequest("The request body must be a JSON object");
            }
            return body;
        } catch (JacksonException e) {
            throw RegistryException.badRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static int schemaId(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw RegistryException.schemaNotFound("Schema %s not found: ids are integers".formatted(text));
        }
    }

    private static Object only(Request r, String method, Supplier<Object> action) {
        if (!r.method().equals(method)) {
            throw RegistryException.methodNotAllowed(r.method(), r.path());
        }
        return action.get();
    }

    private static RegistryException unknownPath(Request r) {
        return RegistryException.notFound("No such endpoint: " + r.method() + " " + r.path());
    }

    private static Request read(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        List<String> segments = Arrays.stream(rawPath.split("/"))
                .filter(segment -> !segment.isEmpty())
                .map(RestApi::decode)
                .toList();
        Map<String, String> query = new HashMap<>();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    query.put(decode(pair), "true");
                } else {
                    query.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
            }
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new Request(exchange.getRequestMethod(), rawPath, segments, query, body);
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
