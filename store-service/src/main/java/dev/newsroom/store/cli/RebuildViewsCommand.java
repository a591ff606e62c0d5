package dev.newsroom.store.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./newsroom rebuild-views}: asks a running store-service to rebuild its views from the topics. */
@Command(name = "rebuild-views", mixinStandardHelpOptions = true,
        description = {"Replay news.statements and news.articles.raw from the beginning into fresh MongoDB views,",
                "switch over when done and drop the old ones. The running store-service does the work; the",
                "views keep serving meanwhile."})
public class RebuildViewsCommand implements Callable<Integer> {

    @Option(names = "--url", defaultValue = "${env:NEWSROOM_STORE_URL:-http://localhost:8090}",
            description = "store-service base URL (default: $NEWSROOM_STORE_URL, else ${DEFAULT-VALUE})")
    URI url;

    @Option(names = "--token", description = "Admin bearer token (default: $NEWSROOM_INGEST_TOKEN, else the token file "
            + "$NEWSROOM_HOME/ingest-token, else ./.newsroom/ingest-token, which ./newsroom up writes)")
    String token;

    @Option(names = "--timeout", defaultValue = "PT30M", description = "How long to wait for the rebuild (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new RebuildViewsCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        String bearer = resolveToken();
        if (bearer == null) {
            spec.commandLine().getErr().println("rebuild-views: no admin token: pass --token, set NEWSROOM_INGEST_TOKEN, "
                    + "or run ./newsroom up, which writes .newsroom/ingest-token");
            return 2;
        }
        URI endpoint = url.resolve("/api/admin/rebuild-views");
        var request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + bearer)
                .header("Accept", "application/json")
                .timeout(timeout)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        spec.commandLine().getOut().println("rebuild-views: rebuilding the views at " + url + " ...");
        HttpResponse<String> response;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            spec.commandLine().getErr().println("rebuild-views: cannot reach store-service at " + url
                    + " (is ./newsroom up running? use --url to point elsewhere)");
            return 1;
        }
        if (response.statusCode() != 200) {
            spec.commandLine().getErr().println("rebuild-views: refused (HTTP " + response.statusCode() + "): " + response.body());
            return 1;
        }
        spec.commandLine().getOut().println("rebuild-views: done: " + response.body());
        return 0;
    }

    private String resolveToken() throws IOException {
        if (token != null && !token.isBlank()) {
            return token.strip();
        }
        String env = System.getenv("NEWSROOM_INGEST_TOKEN");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        String home = System.getenv("NEWSROOM_HOME");
        Path file = (home != null && !home.isBlank() ? Path.of(home) : Path.of(".newsroom")).resolve("ingest-token");
        if (Files.isReadable(file)) {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").strip();
            return first.isEmpty() ? null : first;
        }
        return null;
    }
}
