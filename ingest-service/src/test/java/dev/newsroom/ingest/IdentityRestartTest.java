package dev.newsroom.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.newsroom.ingest.IngestTestSupport.Reply;
import dev.newsroom.ingest.IngestTestSupport.Topics;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/** Identity and versions survive a restart: the second service instance restores them from the raw topic. */
@ExtendWith(NewsroomStackExtension.class)
class IdentityRestartTest {

    static final Topics TOPICS = Topics.forClass(IdentityRestartTest.class);

    @Test
    void aRestartedServiceKnowsWhatWasIngestedAndContinuesTheVersions() throws Exception {
        String url = "https://example.org/restart/" + UUID.randomUUID();
        String text = "The ministry said exports rose. " + UUID.randomUUID();
        String first;
        try (ConfigurableApplicationContext service = start()) {
            Reply accepted = submit(service, "{\"url\": \"" + url + "\", \"body\": \"" + text + "\"}");
            assertThat(accepted.status()).isEqualTo(202);
            first = accepted.body().get("articleId").asString();
            assertThat(submit(service, "{\"url\": \"" + url + "\", \"body\": \"" + text + " More.\"}").body().get("version").asInt())
                    .isEqualTo(2);
        }
        try (ConfigurableApplicationContext restarted = start()) {
            Reply duplicate = submit(restarted, "{\"url\": \"" + url + "\", \"body\": \"" + text + " More.\"}");
            assertThat(duplicate.status()).isEqualTo(200);
            assertThat(duplicate.body().get("articleId").asString()).isEqualTo(first);
            assertThat(duplicate.body().get("version").asInt()).isEqualTo(2);

            Reply changed = submit(restarted, "{\"url\": \"" + url + "\", \"body\": \"" + text + " Even more.\"}");
            assertThat(changed.status()).isEqualTo(202);
            assertThat(changed.body().get("version").asInt()).isEqualTo(3);
        }
    }

    private static ConfigurableApplicationContext start() {
        var stack = NewsroomStackExtension.stack();
        return new SpringApplicationBuilder(IngestApplication.class).run(
                "--server.port=0", "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + stack.bootstrapServers(),
                "--newsroom.schema-registry.url=" + stack.schemaRegistryUrl(),
                "--newsroom.ingest.token=" + IngestTestSupport.TOKEN,
                "--newsroom.topics.articles-inbound=" + TOPICS.inbound(),
                "--newsroom.topics.articles-raw=" + TOPICS.raw(),
                "--newsroom.topics.articles-rejected=" + TOPICS.rejected());
    }

    private static Reply submit(ConfigurableApplicationContext service, String json) throws Exception {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        return IngestTestSupport.post(URI.create("http://localhost:" + port + "/api/articles"), "application/json",
                json.getBytes(StandardCharsets.UTF_8), IngestTestSupport.TOKEN);
    }
}
