package dev.newsroom.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

import dev.newsroom.ingest.IngestApplication;
import dev.newsroom.ingest.IngestTestSupport;
import dev.newsroom.ingest.IngestTestSupport.Reply;
import dev.newsroom.ingest.IngestTestSupport.Topics;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/**
 * Two ingest instances sharing the identity step's partitions give the same outcomes and the same raw events
 * as one: every article published once per version, none lost, duplicates recognised across instances, and
 * each status answered by either instance.
 */
@ExtendWith(NewsroomStackExtension.class)
class TwoInstancesTest {

    private static final int ARTICLES = 24;

    /** What the scenario did to article {@code i} in its second round. */
    private enum Change {
        SAME_AGAIN, SAME_ELSEWHERE, NEW_VERSION
    }

    @Test
    void twoInstancesDecideExactlyAsOneDoes() throws Exception {
        String run = UUID.randomUUID().toString();
        Result one;
        Topics single = topics("single");
        try (ConfigurableApplicationContext only = start(single, "one")) {
            awaitRunning(List.of(only));
            one = scenario(run, List.of(only), single);
        }
        Topics shared = topics("shared");
        try (ConfigurableApplicationContext a = start(shared, "a"); ConfigurableApplicationContext b = start(shared, "b")) {
            awaitRunning(List.of(a, b));
            Result two = scenario(run, List.of(a, b), shared);

            assertThat(two.outcomes()).isEqualTo(one.outcomes());
            assertThat(two.events()).isEqualTo(one.events());
        }
        assertThat(one.outcomes().values()).filteredOn(o -> o.contains(" new 1")).hasSize(ARTICLES);
        assertThat(one.outcomes().values()).filteredOn(o -> o.contains(" updated 2")).hasSize(ARTICLES / 3);
        assertThat(one.outcomes().values()).filteredOn(o -> o.contains(" duplicate 1 of ")).hasSize(2 * ARTICLES / 3);
        assertThat(one.events()).as("one event per new article and per new version").hasSize(ARTICLES + ARTICLES / 3);
    }

    /** Outcomes by scenario step, and raw events as "article version hash" (ids come from the URLs, alike in both runs). */
    private record Result(Map<String, String> outcomes, List<String> events) {
    }

    /**
     * Round one submits every article at once, spread over the instances; round two, at once too, submits each
     * article's text again under its URL, or under another URL, or a changed text under its URL. Each status
     * is read from an instance other than the one that answered the POST.
     */
    private Result scenario(String run, List<ConfigurableApplicationContext> instances, Topics topics) throws Exception {
        Map<String, String> outcomes = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 1; round <= 2; round++) {
                List<Future<String[]>> pending = new ArrayList<>();
                for (int i = 0; i < ARTICLES; i++) {
                    int n = i;
                    int r = round;
                    pending.add(pool.submit(() -> step(run, n, r, instances)));
                }
                for (Future<String[]> f : pending) {
                    String[] step = f.get();
                    outcomes.put(step[0], step[1]);
                }
            }
        } finally {
            pool.shutdown();
        }
        int expected = ARTICLES + ARTICLES / 3;
        IngestTestSupport.rawEvents(topics.raw(), read -> read.size() >= expected);
        Thread.sleep(1000); // room for an event published twice to show
        List<String> events = IngestTestSupport.rawEvents(topics.raw(), read -> read.size() >= expected).stream()
                .map(e -> e.getArticleId() + " v" + e.getVersion() + " " + e.getContentHash()).sorted().toList();
        return new Result(outcomes, events);
    }

    /** One submission: returns {step name, outcome as "new 1", "duplicate 1 of <id>", ...}. */
    private String[] step(String run, int i, int round, List<ConfigurableApplicationContext> instances) throws Exception {
        Change change = Change.values()[i % 3];
        String url = "https://example.org/" + run + "/story-" + i;
        String text = "The port authority said berth " + i + " would reopen after repairs.";
        if (round == 2) {
            if (change == Change.SAME_ELSEWHERE) {
                url = "https://example.org/" + run + "/copy-of-" + i;
            } else if (change == Change.NEW_VERSION) {
                text += " Ferries resume on Monday.";
            }
        }
        ConfigurableApplicationContext poster = instances.get((i + round) % instances.size());
        ConfigurableApplicationContext reader = instances.get((i + round + 1) % instances.size());
        Reply reply = IngestTestSupport.post(base(poster).resolve("/api/articles"), "application/json",
                ("{\"url\": \"" + url + "\", \"body\": \"" + text + "\"}").getBytes(StandardCharsets.UTF_8),
                IngestTestSupport.TOKEN);
        JsonNode outcome = IngestTestSupport.outcome(base(reader), reply);
        String described = outcome.get("outcome").asString() + " " + outcome.path("version").asInt()
                + (outcome.has("duplicateOf") ? " of " + outcome.get("duplicateOf").asString() : "");
        String name = i + " round " + round + (round == 2 ? " " + change : "");
        return new String[] {name, reply.body().get("articleId").asString() + " " + described};
    }

    private static Topics topics(String name) {
        Topics base = Topics.forClass(TwoInstancesTest.class);
        String suffix = "." + name;
        return new Topics(base.inbound() + suffix, base.raw() + suffix, base.rejected() + suffix, base.intake() + suffix,
                base.articleClaims() + suffix, base.claimChanges() + suffix, base.applicationId() + "-" + name);
    }

    private static ConfigurableApplicationContext start(Topics topics, String instance) {
        var stack = NewsroomStackExtension.stack();
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + stack.bootstrapServers(),
                "--newsroom.schema-registry.url=" + stack.schemaRegistryUrl(),
                "--newsroom.ingest.token=" + IngestTestSupport.TOKEN,
                "--newsroom.ingest.partitions=4",
                "--newsroom.ingest.inbound-group-id=inbound-" + topics.applicationId()));
        args.addAll(topics.arguments(IngestTestSupport.stateDir(topics.applicationId() + "-" + instance)));
        return new SpringApplicationBuilder(IngestApplication.class).run(args.toArray(String[]::new));
    }

    /** Waits until every instance runs with some of the partitions (the group settled). */
    private static void awaitRunning(List<ConfigurableApplicationContext> instances) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            boolean settled = instances.stream().map(c -> c.getBean(IdentityStreams.class)).allMatch(identity ->
                    identity.state() == KafkaStreams.State.RUNNING && identity.streams().orElseThrow()
                            .metadataForLocalThreads().stream().anyMatch(t -> !t.activeTasks().isEmpty()));
            if (settled) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the instances did not share the partitions within 60 s");
    }

    private static URI base(ConfigurableApplicationContext service) {
        return URI.create("http://localhost:" + ((WebServerApplicationContext) service).getWebServer().getPort());
    }
}
