package dev.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

import dev.newsroom.ingest.IngestTestSupport.Topics;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/**
 * Identity and versions survive a restart: with its state directory kept, the restarted instance reads its
 * stores from disk; with a new, empty one, it restores them from their changelogs.
 */
@ExtendWith(NewsroomStackExtension.class)
class IdentityRestartTest {

    static final Topics TOPICS = Topics.forClass(IdentityRestartTest.class);

    @Test
    void aRestartedServiceKnowsWhatWasIngestedAndContinuesTheVersions() throws Exception {
        String url = "https://example.org/restart/" + UUID.randomUUID();
        String text = "The ministry said exports rose. " + UUID.randomUUID();
        Path stateDir = IngestTestSupport.stateDir("restart");
        String first;
        try (ConfigurableApplicationContext service = start(stateDir)) {
            JsonNode created = submit(service, "{\"url\": \"" + url + "\", \"body\": \"" + text + "\"}");
            assertThat(created.get("outcome").asString()).isEqualTo("new");
            first = created.get("articleId").asString();
            assertThat(submit(service, "{\"url\": \"" + url + "\", \"body\": \"" + text + " More.\"}").get("version").asInt())
                    .isEqualTo(2);
        }
        try (ConfigurableApplicationContext warm = start(stateDir)) {
            JsonNode duplicate = submit(warm, "{\"url\": \"" + url + "\", \"body\": \"" + text + " More.\"}");
            assertThat(duplicate.get("outcome").asString()).isEqualTo("duplicate");
            assertThat(duplicate.get("articleId").asString()).isEqualTo(first);
            assertThat(duplicate.get("version").asInt()).isEqualTo(2);

            JsonNode changed = submit(warm, "{\"url\": \"" + url + "\", \"body\": \"" + text + " Even more.\"}");
            assertThat(changed.get("outcome").asString()).isEqualTo("updated");
            assertThat(changed.get("version").asInt()).isEqualTo(3);
        }
        try (ConfigurableApplicationContext cold = start(IngestTestSupport.stateDir("restart-cold"))) {
            JsonNode changed = submit(cold, "{\"url\": \"" + url + "\", \"body\": \"" + text + " Most.\"}");
            assertThat(changed.get("version").asInt()).as("restored from the changelog").isEqualTo(4);
            JsonNode copy = submit(cold, "{\"url\": \"https://example.org/copy/" + UUID.randomUUID() + "\", \"body\": \""
                    + text + " Most.\"}");
            assertThat(copy.get("outcome").asString()).isEqualTo("duplicate");
            assertThat(copy.get("duplicateOf").asString()).isEqualTo(first);
        }
    }

    private static ConfigurableApplicationContext start(Path stateDir) {
        var stack = NewsroomStackExtension.stack();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + stack.bootstrapServers(),
                "--newsroom.schema-registry.url=" + stack.schemaRegistryUrl(),
                "--newsroom.ingest.token=" + IngestTestSupport.TOKEN));
        args.addAll(TOPICS.arguments(stateDir));
        return new SpringApplicationBuilder(IngestApplication.class).run(args.toArray(String[]::new));
    }

    /** Submits and waits for the outcome. */
    private static JsonNode submit(ConfigurableApplicationContext service, String json) throws Exception {
        URI base = URI.create("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort());
        return IngestTestSupport.outcome(base, IngestTestSupport.post(base.resolve("/api/articles"), "application/json",
                json.getBytes(StandardCharsets.UTF_8), IngestTestSupport.TOKEN));
    }
}
