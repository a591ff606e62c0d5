package dev.newsroom.ingest.cli;

import java.net.URI;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import dev.newsroom.cli.home.TokenOptions;

/** The options every client of the ingest API takes: where it is and how to authenticate. */
public class ApiOptions {

    @Option(names = "--api", paramLabel = "URL", defaultValue = "http://localhost:8080/api/articles",
            description = {"The ingest API's /api/articles endpoint,", "default: ${DEFAULT-VALUE}."})
    URI api;

    @Mixin
    TokenOptions token = new TokenOptions();

    /**
     * A client of the configured API.
     *
     * @param source the {@code X-Newsroom-Source} header to send, or null
     * @throws IllegalArgumentException when no token can be found
     */
    public IngestClient client(String source) {
        return new IngestClient(api, token.token(), source);
    }

    public URI api() {
        return api;
    }
}
