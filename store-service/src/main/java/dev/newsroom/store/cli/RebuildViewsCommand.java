package dev.newsroom.store.cli;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import dev.newsroom.cli.home.BearerToken;
import dev.newsroom.cli.home.TokenOptions;
import dev.newsroom.cli.time.DurationConverter;

/** {@code ./newsroom rebuild-views}: asks a running store-service to rebuild its views from the topics. */
@Command(name = "rebuild-views", mixinStandardHelpOptions = true, usageHelpAutoWidth = true,
        description = "Replay news.statements and news.articles.raw from the beginning into fresh MongoDB views, "
                + "switch over when done and drop the old ones. The running store-service does the work; the "
                + "views keep serving meanwhile.")
public class RebuildViewsCommand implements Callable<Integer> {

    @Option(names = "--url", paramLabel = "URL", defaultValue = "${env:NEWSROOM_STORE_URL:-http://localhost:8090}",
            description = "store-service base URL (default: $NEWSROOM_STORE_URL, else ${DEFAULT-VALUE})")
    URI url;

    @Mixin
    TokenOptions token = new TokenOptions();

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30 min", converter = DurationConverter.class,
            description = "How long to wait for the rebuild (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new RebuildViewsCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        BearerToken bearer;
        try {
            bearer = token.token();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("rebuild-views: " + e.getMessage());
            return 2;
        }
        URI endpoint = url.resolve("/api/admin/rebuild-views");
        var request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + bearer.value())
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
        if (response.statusCode() == 401) {
            spec.commandLine().getErr().println("rebuild-views: refused the " + bearer + " (HTTP 401): " + response.body());
            return 1;
        }
        if (response.statusCode() != 200) {
            spec.commandLine().getErr().println("rebuild-views: refused (HTTP " + response.statusCode() + "): " + response.body());
            return 1;
        }
        spec.commandLine().getOut().println("rebuild-views: done: " + response.body());
        return 0;
    }
}
