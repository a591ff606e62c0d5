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

    /** What ingest answered: 202 (new article or version), 200 (already ingested) or an error with problem JSON. */
    public record Submission(int status, JsonNode body) {

        public String articleId() {
            return body.path("articleId").asString();
        }

        public int version() {
            return body.path("version").asInt();
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
        return new Submission(response.statusCode(), parse(response.body()));
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
