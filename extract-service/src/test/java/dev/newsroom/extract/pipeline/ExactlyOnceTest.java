package dev.newsroom.extract.pipeline;

import static dev.newsroom.extract.pipeline.ExtractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.support.SharedExtractor;
import dev.newsroom.extract.support.TestArticles;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/** Exactly-once under scale-out, under a failure between writing and committing, and state restoration. */
@ExtendWith(NewsroomStackExtension.class)
class ExactlyOnceTest {

    private static final java.time.Duration PATIENCE = java.time.Duration.ofSeconds(180);

    @Test
    void twoInstancesSplitThePartitionsAndProcessEveryArticleOnce(NewsroomStack stack) throws Exception {
        try (ExtractFixture fixture = new ExtractFixture(stack, 4)) {
            MeterRegistry oneMeters = new SimpleMeterRegistry();
            MeterRegistry twoMeters = new SimpleMeterRegistry();
            ExtractionStreams one = fixture.start("one", oneMeters);
            ExtractionStreams two = fixture.start("two", twoMeters);
            await(PATIENCE, "both instances run and own two partitions each", () -> running(one) && running(two)
                    && one.assignment().size() == 2 && two.assignment().size() == 2);
            Set<TopicPartition> all = new HashSet<>(one.assignment());
            all.addAll(two.assignment());
            assertThat(all).hasSize(4);

            int articles = 8;
            int expectedEvents = 0;
            for (int i = 0; i < articles; i++) {
                RawArticle article = TestArticles.english("town-" + i, 1, TestArticles.mayorArticle(i));
                expectedEvents += SharedExtractor.get().extract(new ArticleText(article.getArticleId(),
                        article.getTitle(), article.getCleanedText(), article.getPublishedAt(), "en")).size();
                fixture.send(i % 4, article);
            }
            await(PATIENCE, "every article is consumed", fixture::allArticlesConsumed);

            List<StatementEvent> events = fixture.committedStatements();
            assertThat(ExtractFixture.byArticle(events)).hasSize(articles);
            assertThat(events).hasSize(expectedEvents);
            assertThat(events).extracting(StatementEvent::getEventId).doesNotHaveDuplicates();
            assertThat(extracted(oneMeters)).isEqualTo(articles / 2);
            assertThat(extracted(twoMeters)).isEqualTo(articles / 2);
        }
    }

    @Test
    void aThreadThatDiesBeforeCommittingLosesAndDuplicatesNothing(NewsroomStack stack) throws Exception {
        try (ExtractFixture fixture = new ExtractFixture(stack, 2)) {
            int articles = 6;
            for (int i = 0; i < articles; i++) {
                fixture.send(i % 2, TestArticles.english("village-" + i, 1, TestArticles.mayorArticle(i + 3)));
            }

            // Nothing commits for minutes, so the first three articles' events sit in one open
            // transaction when the fourth article kills the thread.
            MeterRegistry doomedMeters = new SimpleMeterRegistry();
            ExtractionStreams doomed = fixture.start(fixture.properties("doomed"), doomedMeters, new DyingClock(4),
                    Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "200000"));
            await(PATIENCE, "the instance stops on the injected failure",
                    () -> doomed.state() == KafkaStreams.State.ERROR || doomed.state() == KafkaStreams.State.NOT_RUNNING);
            assertThat(extracted(doomedMeters)).as("articles processed before the failure").isEqualTo(3);
            assertThat(doomed.health().getStatus().getCode()).isEqualTo("DOWN");
            assertThat(fixture.committedStatements()).as("the open transaction was aborted").isEmpty();

            MeterRegistry meters = new SimpleMeterRegistry();
            fixture.start("rescuer", meters);
            await(PATIENCE, "every article is consumed by the second instance", fixture::allArticlesConsumed);

            List<StatementEvent> committed = fixture.committedStatements();
            assertThat(ExtractFixture.byArticle(committed).keySet()).isEqualTo(IntStream.range(0, articles)
                    .mapToObj(i -> "village-" + i).collect(Collectors.toSet()));
            assertThat(committed).extracting(StatementEvent::getEventId).doesNotHaveDuplicates();
            assertThat(extracted(meters)).as("nothing was committed, so every article is done again").isEqualTo(articles);
        }
    }

    @Test
    void aNewInstanceRestoresTheArticleStatesFromTheChangelog(NewsroomStack stack) throws Exception {
        try (ExtractFixture fixture = new ExtractFixture(stack, 1)) {
            RawArticle article = TestArticles.english("harbour", 1, TestArticles.mayorArticle(7));
            ExtractionStreams first = fixture.start("first", new SimpleMeterRegistry());
            fixture.send(article);
            await(PATIENCE, "the article is consumed", fixture::allArticlesConsumed);
            int emitted = fixture.committedStatements().size();
            assertThat(emitted).isPositive();
            first.stop();

            MeterRegistry meters = new SimpleMeterRegistry();
            fixture.start("second", meters);
            fixture.send(article);
            await(PATIENCE, "the repeated version is consumed", fixture::allArticlesConsumed);
            assertThat(fixture.committedStatements()).hasSize(emitted);
            assertThat(meters.get(ExtractMetrics.ARTICLES).tag("outcome", "already_processed").counter().count())
                    .isEqualTo(1);
        }
    }

    private static boolean running(ExtractionStreams instance) {
        return instance.state() == KafkaStreams.State.RUNNING;
    }

    private static double extracted(MeterRegistry meters) {
        return meters.get(ExtractMetrics.ARTICLES).tag("outcome", "extracted").counter().count();
    }

    /** The system clock, until the n-th article asks for the time: then the thread dies (an Error, not a dead letter). */
    private static final class DyingClock extends Clock {
        private final int fatalCall;
        private final AtomicInteger calls = new AtomicInteger();

        DyingClock(int fatalCall) {
            this.fatalCall = fatalCall;
        }

        @Override
        public Instant instant() {
            if (calls.incrementAndGet() == fatalCall) {
                throw new AssertionError("injected failure before the commit");
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
