package dev.newsroom.ingest.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import dev.newsroom.articles.ArticleFormat;
import dev.newsroom.cli.home.BearerToken;

/** A small client of the ingest HTTP API, shared by the ingest command and the benchmark. */
public final class IngestClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = JsonMapper.builder().build();
    private final URI articles;
    private final URI batch;
    private final BearerToken token;
    private final String source;

    /**
     * @param articles the {@code /api/articles} endpoint; the batch endpoint is {@code <articles>/batch}
     * @param source   value of the {@code X-Newsroom-Source} header, or null
     */
    public IngestClient(URI articles, BearerToken token, String source) {
        this.articles = articles;
        this.batch = URI.create(articles.toString().replaceAll("/+$", "") + "/batch");
        this.token = token;
        this.source = source;
    }

    /** The outcome of one request: HTTP status and parsed body (null when the service could not be reached). */
    public record Response(int status, JsonNode body, String error) {

        public boolean ok() {
            return status == 200 || status == 202;
        }

        /** What went wrong, in the service's words (the problem's detail) or the client's. */
        public String reason() {
            return error != null ? error : describe(status, body);
        }

        static String describe(int status, JsonNode body) {
            if (body != null && body.has("detail")) {
                String title = body.has("title") ? body.get("title").asString() + ": " : "";
                return title + body.get("detail").asString();
            }
            return "HTTP " + status;
        }
    }

    public Response submit(byte[] body, ArticleFormat format) {
        return submit(body, format, null);
    }

    /** @param publishedAt the articles' publication date (the API's {@code publishedAt} parameter), or null */
    public Response submit(byte[] body, ArticleFormat format, String publishedAt) {
        return post(withDate(articles, publishedAt), body, format.mediaType() + "; charset=utf-8");
    }

    public Response submitBatch(byte[] jsonLines) {
        return submitBatch(jsonLines, null);
    }

    public Response submitBatch(byte[] jsonLines, String publishedAt) {
        return post(withDate(batch, publishedAt), jsonLines, "application/jsonl; charset=utf-8");
    }

    /** GET on a status URL an answer gave (a path, resolved against the API's address). */
    public Response status(String statusUrl) {
        HttpRequest request = HttpRequest.newBuilder(articles.resolve(statusUrl)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        return send(request, request.uri());
    }

    private static URI withDate(URI endpoint, String publishedAt) {
        return publishedAt == null ? endpoint
                : URI.create(endpoint + "?publishedAt=" + URLEncoder.encode(publishedAt, StandardCharsets.UTF_8));
    }

    private Response post(URI uri, byte[] body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + token.value())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (source != null) {
            request.header("X-Newsroom-Source", source);
        }
        return send(request.build(), uri);
    }

    private Response send(HttpRequest request, URI uri) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = null;
            try {
                parsed = response.body().isBlank() ? null : json.readTree(response.body());
            } catch (RuntimeException notJson) {
                return new Response(response.statusCode(), null, "HTTP " + response.statusCode() + ": " + response.body());
            }
            if (response.statusCode() == 401) {
                return new Response(401, parsed, Response.describe(401, parsed) + "; sent the " + token);
            }
            return new Response(response.statusCode(), parsed, null);
        } catch (ConnectException e) {
            return new Response(0, null, "cannot reach the ingest API at " + uri + " (is it running?)");
        } catch (IOException e) {
            return new Response(0, null, "request to " + uri + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Response(0, null, "interrupted");
        }
    }
}
