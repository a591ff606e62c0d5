package dev.newsroom.e2e.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The public HTTP surface of a running pipeline: the ingest API and the store API, as a user calls them. */
public final class NewsroomApi {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI ingest;
    private final URI store;
    private final String token;

    public NewsroomApi(URI ingest, URI store, String token) {
        this.ingest = ingest;
        this.store = store;
        this.token = token;
    }

    /**
     * What ingest answered (202 with a status URL, or an error with problem JSON) and, for a 202, the outcome its
     * status URL showed once decided: new, updated or duplicate, with the version.
     */
    public record Submission(int status, JsonNode body, JsonNode decided) {

        public String articleId() {
            return body.path("articleId").asString();
        }

        /** new, updated, duplicate; empty when the submission was refused. */
        public String outcome() {
            return decided == null ? "" : decided.path("outcome").asString();
        }

        public int version() {
            return decided == null ? 0 : decided.path("version").asInt();
        }
    }

    /** POST /api/articles with a JSON article. */
    public Submission submit(Article article) {
        ObjectNode json = JSON.createObjectNode();
        if (article.url() != null) {
            json.put("url", article.url());
        }
        if (article.title() != null) {
            json.put("title", article.title());
        }
        json.put("body", article.body());
        if (article.publishedAt() != null) {
            json.put("publishedAt", article.publishedAt().toString());
        }
        if (article.outlet() != null) {
            json.put("outlet", article.outlet());
        }
        return post("application/json", JSON.writeValueAsString(json));
    }

    /** POST /api/articles with {@code contentType} (text/plain, text/html) and the file's text as it is. */
    public Submission submitText(String contentType, String text) {
        return post(contentType + "; charset=utf-8", text);
    }

    private Submission post(String contentType, String body) {
        HttpRequest request = HttpRequest.newBuilder(ingest.resolve("/api/articles"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = send(request);
        JsonNode answer = parse(response.body());
        return new Submission(response.statusCode(), answer, response.statusCode() == 202 ? awaitOutcome(answer) : null);
    }

    /** Follows the answer's status URL until the outcome is decided (2 min at most; a restarting ingest is waited for). */
    private JsonNode awaitOutcome(JsonNode answer) {
        URI status = ingest.resolve(answer.path("statusUrl").asString());
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(status).timeout(Duration.ofSeconds(10))
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode outcome = parse(response.body());
                    if (!outcome.path("outcome").asString().equals("pending")) {
                        return outcome;
                    }
                }
            } catch (IOException unreachable) {
                // ingest is restarting: ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no outcome at " + status + " within 2 min");
    }

    /** GET on the store API; fails with the status and body unless 200. */
    public JsonNode get(String pathAndQuery) {
        HttpResponse<String> response = getResponse(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " -> " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    /** The HTTP status of a GET on the store API. */
    public int status(String pathAndQuery) {
        return getResponse(pathAndQuery).statusCode();
    }

    private HttpResponse<String> getResponse(String pathAndQuery) {
        return send(HttpRequest.newBuilder(store.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.createObjectNode().put("text", body);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
