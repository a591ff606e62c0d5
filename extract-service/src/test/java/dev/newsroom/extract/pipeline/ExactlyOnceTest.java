package dev.newsroom.extract.pipeline;

import static dev.newsroom.extract.pipeline.ExtractFixture.await;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsroom.events.StatementEvent;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.support.TestArticles;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/** Exactly-once under scale-out and under a crash between writing and committing. */
@ExtendWith(NewsroomStackExtension.class)
class ExactlyOnceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(180);

    @Test
    void twoInstancesSplitThePartitionsAndProcessEveryArticleOnce(NewsroomStack stack) throws Exception {
        try (ExtractFixture fixture = new ExtractFixture(stack, 4)) {
            MeterRegistry oneMeters = new SimpleMeterRegistry();
            MeterRegistry twoMeters = new SimpleMeterRegistry();
            ExtractionWorker one = fixture.run(fixture.factory(fixture.properties("one"), oneMeters));
            ExtractionWorker two = fixture.run(fixture.factory(fixture.properties("two"), twoMeters));
            await(PATIENCE, "both instances own partitions",
                    () -> one.assignment().size() == 2 && two.assignment().size() == 2);
            Set<TopicPartition> all = new HashSet<>(one.assignment());
            all.addAll(two.assignment());
            assertThat(all).hasSize(4);

            int articles = 8;
            for (int i = 0; i < articles; i++) {
                fixture.send(i % 4, TestArticles.english("town-" + i, 1, TestArticles.mayorArticle(i)));
            }
            await(PATIENCE, "every article is consumed", fixture::allArticlesConsumed);

            List<StatementEvent> events = fixture.committedStatements();
            assertThat(ExtractFixture.byArticle(events)).hasSize(articles);
            assertThat(events).extracting(StatementEvent::getEventId).doesNotHaveDuplicates();
            double byOne = extracted(oneMeters);
            double byTwo = extracted(twoMeters);
            assertThat(byOne + byTwo).isEqualTo(articles);
            assertThat(byOne).isEqualTo(articles / 2);
            assertThat(byTwo).isEqualTo(articles / 2);
        }
    }

    @Test
    void anInstanceKilledBeforeCommittingLosesAndDuplicatesNothing(NewsroomStack stack) throws Exception {
        try (ExtractFixture fixture = new ExtractFixture(stack, 2)) {
            int articles = 6;
            for (int i = 0; i < articles; i++) {
                fixture.send(i % 2, TestArticles.english("village-" + i, 1, TestArticles.mayorArticle(i + 3)));
            }

            ExtractionWorker doomed = fixture.factory(fixture.properties("crashy", Duration.ofSeconds(60), 2),
                    new SimpleMeterRegistry()).startWorker(0);
            doomed.commit(pollUntilRecords(doomed));
            int committedBeforeCrash = fixture.committedStatements().size();
            assertThat(committedBeforeCrash).isPositive();
            pollUntilRecords(doomed);
            int writtenBeforeCrash = fixture.statements(IsolationLevel.READ_UNCOMMITTED).size();
            assertThat(writtenBeforeCrash).as("the second batch reached the log").isGreaterThan(committedBeforeCrash);
            doomed.closeAbruptly();
            assertThat(fixture.committedStatements()).hasSize(committedBeforeCrash);

            MeterRegistry meters = new SimpleMeterRegistry();
            fixture.run(fixture.factory(fixture.properties("crashy", Duration.ofSeconds(60), 2), meters));
            await(PATIENCE, "every article is consumed after the restart", fixture::allArticlesConsumed);

            List<StatementEvent> committed = fixture.committedStatements();
            Map<String, List<StatementEvent>> byArticle = ExtractFixture.byArticle(committed);
            assertThat(byArticle.keySet()).isEqualTo(IntStream.range(0, articles).mapToObj(i -> "village-" + i)
                    .collect(Collectors.toSet()));
            assertThat(committed).extracting(StatementEvent::getEventId).doesNotHaveDuplicates();
            assertThat(extracted(meters)).as("articles left for the restarted instance").isLessThan(articles);
            // The aborted batch is still in the log; only read_uncommitted readers see it.
            assertThat(fixture.statements(IsolationLevel.READ_UNCOMMITTED).size()).isGreaterThan(committed.size());
        }
    }

    private static ExtractionWorker.Batch pollUntilRecords(ExtractionWorker worker) {
        for (int attempt = 0; attempt < 120; attempt++) {
            ExtractionWorker.Batch batch = worker.pollAndTransform(Duration.ofSeconds(1));
            if (batch != null) {
                return batch;
            }
        }
        throw new AssertionError("no records arrived");
    }

    private static double extracted(MeterRegistry meters) {
        return meters.get(ExtractMetrics.ARTICLES).tag("outcome", "extracted").counter().count();
    }
}
