package dev.newsroom.ingest.cli;

import java.net.URI;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The options every client of the ingest API takes: where it is and how to authenticate. */
public class ApiOptions {

    @Option(names = "--api", defaultValue = "http://localhost:8080/api/articles",
            description = "The /api/articles endpoint (default: ${DEFAULT-VALUE}).")
    URI api;

    @Option(names = "--token", description = "Bearer token (default: $NEWSROOM_INGEST_TOKEN, else the token file).")
    String token;

    @Option(names = "--token-file",
            description = "File holding the token (default: $NEWSROOM_HOME/ingest-token, else ./.newsroom/ingest-token).")
    Path tokenFile;

    /**
     * A client of the configured API.
     *
     * @param source the {@code X-Newsroom-Source} header to send, or null
     * @throws IllegalArgumentException when no token can be found
     */
    public IngestClient client(String source) {
        return new IngestClient(api, IngestToken.resolve(token, tokenFile), source);
    }

    public URI api() {
        return api;
    }
}
