package dev.newsroom.e2e.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsroom.e2e.client.NewsroomApi;
import dev.newsroom.e2e.client.NewsroomApi.Submission;
import dev.newsroom.e2e.client.PipelineLag;
import dev.newsroom.e2e.generate.ArticleGenerator;
import dev.newsroom.e2e.support.Pipeline;
import dev.newsroom.e2e.support.RepositoryLayout;
import dev.newsroom.e2e.support.ServiceProcess;
import dev.newsroom.e2e.support.StoreViews;
import dev.newsroom.e2e.support.TopicEvents;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;
import dev.newsroom.topics.Topics;
import tools.jackson.databind.JsonNode;

/**
 * Crash safety: store-service, and later extract-service, are killed (SIGKILL) while a stream of
 * generated articles is being processed, then restarted. The final views must equal those of an
 * uninterrupted run, which a second extract-service and store-service build afterwards from the same
 * raw articles into their own topic and database; and the committed statement events must be the
 * same set, each exactly once.
 */
@ExtendWith(NewsroomStackExtension.class)
class CrashSafetyTest {

    private static final int ARTICLES = Integer.getInteger("newsroom.e2e.crash.articles", 500);
    private static final Duration SETTLE = Duration.ofMinutes(15);
    private static final Duration RESTART = Duration.ofMinutes(3);
    private static final String BASELINE_STATEMENTS = "news.statements.uninterrupted";
    private static final Path LOGS = RepositoryLayout.root().resolve("e2e-tests/target/e2e-logs/crash");

    @Test
    void killingStoreAndExtractMidStreamLosesAndDoublesNothing(NewsroomStack stack) throws Exception {
        stack.createTopic(BASELINE_STATEMENTS, 3);
        JsonNode crashedViews;
        try (Pipeline pipeline = Pipeline.start(stack, LOGS)) {
            NewsroomApi api = pipeline.api();
            StoreViews views = new StoreViews(api);
            ArticleGenerator generator = new ArticleGenerator(20260301L, Instant.parse("2026-03-01T08:00:00Z"));
            ExecutorService submitters = Executors.newFixedThreadPool(4);
            List<Future<Submission>> submissions = java.util.stream.IntStream.range(0, ARTICLES)
                    .mapToObj(i -> submitters.submit(() -> api.submit(generator.article(i)))).toList();

            // Generated articles yield about six statements each: the kills fall in the first and second third.
            awaitStatements(views, ARTICLES);
            killMidStream(pipeline, pipeline.store());
            awaitStatements(views, 2L * ARTICLES);
            killMidStream(pipeline, pipeline.extract());

            for (Future<Submission> submission : submissions) {
                assertThat(submission.get().status()).as("%s", submission.get().body()).isEqualTo(202);
            }
            submitters.shutdown();
            pipeline.awaitSettled(SETTLE);
            crashedViews = views.snapshot();

            // The uninterrupted run: the same raw articles through a fresh extract-service and store-service.
            pipeline.extract().close();
            pipeline.store().close();
            try (ServiceProcess extract = pipeline.startAnother("extract-service", Map.of(
                    "NEWSROOM_TOPICS_STATEMENTS", BASELINE_STATEMENTS,
                    "NEWSROOM_EXTRACT_APPLICATION_ID", "uninterrupted-extract"), "uninterrupted");
                 ServiceProcess store = pipeline.startAnother("store-service", Map.of(
                    "NEWSROOM_TOPICS_STATEMENTS", BASELINE_STATEMENTS,
                    "NEWSROOM_STORE_CONSUMER_GROUP", "uninterrupted-store",
                    "NEWSROOM_MONGO_DATABASE", "uninterrupted"), "uninterrupted");
                 PipelineLag lag = new PipelineLag(stack.bootstrapServers(), Set.of(Topics.ARTICLES_RAW, BASELINE_STATEMENTS))) {
                lag.learnGroups(Duration.ofMinutes(1));
                lag.awaitCaughtUp(SETTLE);
                StoreViews uninterrupted = new StoreViews(new NewsroomApi(null,
                        URI.create("http://localhost:" + store.serverPort()), Pipeline.TOKEN));
                JsonNode uninterruptedViews = uninterrupted.snapshot();
                // Both snapshots stay next to the services' logs, for a diff when they differ.
                Files.writeString(LOGS.resolve("views-crashed.json"), crashedViews.toPrettyString());
                Files.writeString(LOGS.resolve("views-uninterrupted.json"), uninterruptedViews.toPrettyString());
                assertThat(uninterruptedViews).as("views after the crashes equal the uninterrupted run's").isEqualTo(crashedViews);
            }
        }

        List<StatementEvent> crashed = TopicEvents.read(stack, Topics.STATEMENTS);
        List<StatementEvent> baseline = TopicEvents.read(stack, BASELINE_STATEMENTS);
        assertThat(crashed).as("statement events despite the crashes").isNotEmpty();
        assertThat(countsByEventId(crashed)).as("each committed event exactly once").allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        assertThat(byEventIdWithoutEmissionTime(crashed)).as("the same events as the uninterrupted run")
                .isEqualTo(byEventIdWithoutEmissionTime(baseline));
    }

    /** SIGKILL while the pipeline still has work, then a restart with the same configuration. */
    private static void killMidStream(Pipeline pipeline, ServiceProcess service) {
        assertThat(pipeline.lag().caughtUp()).as("work left when %s is killed", service.name()).isFalse();
        service.kill();
        service.restart(RESTART);
    }

    private static void awaitStatements(StoreViews views, long atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plus(SETTLE);
        while (statementCount(views) < atLeast && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
    }

    private static long statementCount(StoreViews views) {
        return views.get("/api/statements?size=1").path("total").asLong();
    }

    /** Events by id with their content; only when they were emitted may differ between two runs. */
    private static Map<String, StatementEvent> byEventIdWithoutEmissionTime(List<StatementEvent> events) {
        return events.stream().collect(Collectors.toMap(StatementEvent::getEventId,
                e -> StatementEvent.newBuilder(e).setEmittedAt(Instant.EPOCH).build(), (first, again) -> first));
    }

    private static Map<String, Long> countsByEventId(List<StatementEvent> events) {
        return events.stream().collect(Collectors.groupingBy(StatementEvent::getEventId, Collectors.counting()));
    }
}
