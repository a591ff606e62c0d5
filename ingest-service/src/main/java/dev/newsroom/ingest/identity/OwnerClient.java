package dev.newsroom.ingest.identity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.apache.kafka.streams.state.HostInfo;

import tools.jackson.databind.json.JsonMapper;

/** Asks the instance that owns an article id's partition for the article ({@code GET /api/articles/{id}} there). */
public class OwnerClient {

    /** Marks a forwarded query, so the owner answers from its own store or not at all: never a second hop. */
    public static final String FORWARDED_HEADER = "X-Newsroom-Forwarded";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public Optional<ArticleView> fetch(HostInfo owner, String articleId) {
        URI uri = URI.create("http://" + owner.host() + ":" + owner.port() + "/api/articles/" + articleId);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header(FORWARDED_HEADER, "true").header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return switch (response.statusCode()) {
                case 200 -> Optional.of(JSON.readValue(response.body(), ArticleView.class));
                case 404 -> Optional.empty();
                default -> throw new IdentityUnavailableException("the instance owning " + articleId + " at " + owner
                        + " answered HTTP " + response.statusCode());
            };
        } catch (IOException e) {
            throw new IdentityUnavailableException("cannot reach the instance owning " + articleId + " at " + owner, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityUnavailableException("interrupted", e);
        }
    }
}
