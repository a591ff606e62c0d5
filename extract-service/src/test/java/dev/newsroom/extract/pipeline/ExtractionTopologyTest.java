package dev.newsroom.extract.pipeline;

import static dev.newsroom.extract.support.TestArticles.FERRY_OPENING;
import static dev.newsroom.extract.support.TestArticles.FERRY_PROTEST;
import static dev.newsroom.extract.support.TestArticles.FERRY_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.newsroom.events.OffsetSegment;
import dev.newsroom.events.RawArticle;
import dev.newsroom.events.Span;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.extract.deadletter.DeadLetters;
import dev.newsroom.extract.extraction.ExtractionTimeoutException;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extract.support.SharedExtractor;
import dev.newsroom.extract.support.TestArticles;
import dev.newsroom.extractor.ExtractorSettings;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.stack.testing.NewsroomStack;
import dev.newsroom.stack.testing.NewsroomStackExtension;

/** The extraction topology over the real registry and extractor: what goes in, what comes out. */
@ExtendWith(NewsroomStackExtension.class)
class ExtractionTopologyTest {

    @Test
    void anEnglishArticleYieldsStatementsWhoseOffsetsPointIntoTheOriginalText(NewsroomStack stack) throws Exception {
        try (TopologyFixture fixture = new TopologyFixture(stack)) {
            RawArticle article = TestArticles.english("ferry", 1, FERRY_OPENING, FERRY_PROTEST, FERRY_REVIEW);
            fixture.send(article);

            List<StatementEvent> events = fixture.statements();
            List<ExtractedStatement> expected = SharedExtractor.get().extract(new ArticleText(article.getArticleId(),
                    article.getTitle(), article.getCleanedText(), article.getPublishedAt(), "en"));
            assertThat(expected).as("the extractor finds the test article's statements").isNotEmpty();
            assertThat(events).hasSize(expected.size()).allSatisfy(event -> {
                assertThat(event.getEventType()).isEqualTo(StatementEventType.EXTRACTED);
                assertThat(event.getArticleVersion()).isEqualTo(1);
                assertThat(event.getArticleTitle()).isEqualTo(article.getTitle());
                pointsIntoOriginal(article.getOriginalText(), event.getStatement().getMention());
                pointsIntoOriginal(article.getOriginalText(), event.getStatement().getCue());
                pointsIntoOriginal(article.getOriginalText(), event.getStatement().getContent());
            });
            // The cleaned text dropped a caption and "Advertisement" lines, so every offset moved; the
            // characters at the moved offsets are the ones the extractor saw.
            Set<String> seen = events.stream().map(e -> e.getStatement().getContent())
                    .map(span -> span.getStart() + ":" + span.getText()).collect(Collectors.toSet());
            Set<String> analysed = expected.stream().map(s -> originalStartOf(article, s.content().start()) + ":"
                    + s.content().text()).collect(Collectors.toSet());
            assertThat(seen).isEqualTo(analysed);
            assertThat(events.stream().map(e -> e.getStatement().getContent().getStart()))
                    .doesNotContainAnyElementsOf(expected.stream().map(s -> s.content().start()).toList());
        }
    }

    @Test
    void aNewVersionRetractsExactlyTheRemovedParagraphAndTheSameVersionAgainEmitsNothing(NewsroomStack stack)
            throws Exception {
        try (TopologyFixture fixture = new TopologyFixture(stack)) {
            MeterRegistry meters = fixture.meters;
            RawArticle first = TestArticles.english("ferry", 1, FERRY_OPENING, FERRY_PROTEST, FERRY_REVIEW);
            fixture.send(first);
            List<StatementEvent> v1 = fixture.statements();

            int removedStart = first.getOriginalText().indexOf(FERRY_PROTEST);
            int removedEnd = removedStart + FERRY_PROTEST.length();
            Set<String> inRemoved = v1.stream().filter(e -> within(e.getStatement().getContent(), removedStart, removedEnd))
                    .map(StatementEvent::getStatementId).collect(Collectors.toSet());
            Set<String> elsewhere = v1.stream().map(StatementEvent::getStatementId)
                    .filter(id -> !inRemoved.contains(id)).collect(Collectors.toSet());
            assertThat(inRemoved).as("statements in the paragraph to remove").isNotEmpty();
            assertThat(elsewhere).as("statements in the paragraphs that stay").isNotEmpty();

            RawArticle second = TestArticles.english("ferry", 2, FERRY_OPENING, FERRY_REVIEW);
            fixture.send(second);
            List<StatementEvent> v2 = fixture.statements().stream()
                    .filter(e -> e.getArticleVersion() == 2).toList();

            assertThat(ids(v2, StatementEventType.RETRACTED)).isEqualTo(inRemoved);
            assertThat(ids(v2, StatementEventType.EXTRACTED)).isEqualTo(elsewhere);
            assertThat(v2).filteredOn(e -> e.getEventType() == StatementEventType.EXTRACTED)
                    .allSatisfy(e -> pointsIntoOriginal(second.getOriginalText(), e.getStatement().getContent()));
            assertThat(meters.get(ExtractMetrics.STATEMENTS).tag("event", "RETRACTED").counter().count())
                    .isEqualTo(inRemoved.size());

            int before = fixture.statements().size();
            fixture.send(second);
            assertThat(fixture.statements()).hasSize(before);
            assertThat(meters.get(ExtractMetrics.ARTICLES).tag("outcome", "already_processed").counter().count())
                    .isEqualTo(1);
        }
    }

    @Test
    void poisonRecordsAndFailingArticlesGoToTheDlqAndTheConsumerGoesOn(NewsroomStack stack) throws Exception {
        try (TopologyFixture fixture = new TopologyFixture(stack)) {
            MeterRegistry meters = fixture.meters;
            byte[] poison = "this is not Avro".getBytes(StandardCharsets.UTF_8);
            fixture.sendBytes("poison", poison);
            RawArticle good = TestArticles.english("good", 1, FERRY_OPENING);
            RawArticle broken = RawArticle.newBuilder(TestArticles.english("broken", 1, FERRY_OPENING))
                    .setOffsetMap(List.of(new OffsetSegment(0, 10_000, FERRY_OPENING.length())))
                    .build();
            fixture.send(broken);
            fixture.send(good);

            List<TestRecord<byte[], byte[]>> dead = fixture.deadLetters();
            assertThat(dead).hasSize(2);
            TestRecord<byte[], byte[]> poisonLetter = dead.get(0);
            assertThat(new String(poisonLetter.key(), StandardCharsets.UTF_8)).isEqualTo("poison");
            assertThat(poisonLetter.value()).isEqualTo(poison);
            assertThat(header(poisonLetter.headers(), "origin")).isEqualTo("test");
            assertThat(header(poisonLetter.headers(), DeadLetters.ERROR_CLASS)).contains("SerializationException");
            assertThat(header(poisonLetter.headers(), DeadLetters.ERROR_MESSAGE)).isNotBlank();
            assertThat(header(poisonLetter.headers(), DeadLetters.SOURCE_TOPIC)).isEqualTo(fixture.topics.articlesRaw());
            assertThat(header(poisonLetter.headers(), DeadLetters.SOURCE_PARTITION)).isEqualTo("0");
            assertThat(header(poisonLetter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("0");
            TestRecord<byte[], byte[]> brokenLetter = dead.get(1);
            assertThat(new String(brokenLetter.key(), StandardCharsets.UTF_8)).isEqualTo("broken");
            assertThat(header(brokenLetter.headers(), DeadLetters.ERROR_CLASS)).contains("IndexOutOfBounds");
            assertThat(header(brokenLetter.headers(), DeadLetters.SOURCE_OFFSET)).isEqualTo("1");

            assertThat(fixture.statements()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getArticleId()).isEqualTo("good"));
            assertThat(header(poisonLetter.headers(), DeadLetters.ERROR_REASON)).isEqualTo("undecodable");
            assertThat(header(brokenLetter.headers(), DeadLetters.ERROR_REASON)).isEqualTo("extractor_error");
            assertThat(meters.get(ExtractMetrics.DLQ_RECORDS).tag("reason", "undecodable").counter().count()).isEqualTo(1);
            assertThat(meters.get(ExtractMetrics.DLQ_RECORDS).tag("reason", "extractor_error").counter().count())
                    .isEqualTo(1);
        }
    }

    @Test
    void anArticleOverItsTimeBudgetGoesToTheDlq(NewsroomStack stack) throws Exception {
        try (TopologyFixture fixture = new TopologyFixture(stack, Duration.ofMillis(1))) {
            fixture.send(TestArticles.english("slow", 1, FERRY_OPENING, FERRY_PROTEST, FERRY_REVIEW));

            List<TestRecord<byte[], byte[]>> dead = fixture.deadLetters();
            assertThat(dead).hasSize(1);
            assertThat(header(dead.get(0).headers(), DeadLetters.ERROR_CLASS))
                    .isEqualTo(ExtractionTimeoutException.class.getName());
            assertThat(header(dead.get(0).headers(), DeadLetters.ERROR_MESSAGE)).contains("time budget");
            assertThat(header(dead.get(0).headers(), DeadLetters.ERROR_REASON)).isEqualTo("time_budget");
            assertThat(fixture.statements()).isEmpty();
        }
    }

    @Test
    void nonEnglishArticlesYieldNoStatementsAndAreCounted(NewsroomStack stack) throws Exception {
        try (TopologyFixture fixture = new TopologyFixture(stack)) {
            MeterRegistry meters = fixture.meters;
            fixture.send(TestArticles.article("german", 1, "de",
                    "\"Wir werden die Bibliothek vor dem Winter wieder aufbauen\", sagte die Bürgermeisterin am Dienstag."));
            fixture.send(TestArticles.english("english", 1, FERRY_OPENING));

            assertThat(fixture.statements()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getArticleId()).isEqualTo("english"));
            assertThat(meters.get(ExtractMetrics.ARTICLES).tag("outcome", "non_english").counter().count()).isEqualTo(1);
            assertThat(meters.get(ExtractMetrics.ARTICLES).tag("outcome", "extracted").counter().count()).isEqualTo(1);
        }
    }

    @Test
    void anArticleLongerThanTheExtractorTakesAtOnceIsExtractedInParts(NewsroomStack stack) throws Exception {
        int limit = ExtractorSettings.defaults().maxChars();
        List<String> paragraphs = new ArrayList<>();
        int length = 0;
        for (int n = 0; length <= limit + 20_000; n++) {
            String paragraph = n % 400 == 0 ? TestArticles.mayorArticle(n / 400)[0]
                    : "The committee met again in the afternoon and went through the budget line by line. " + n;
            paragraphs.add(paragraph);
            length += paragraph.length() + 2;
        }
        try (TopologyFixture fixture = new TopologyFixture(stack)) {
            RawArticle article = TestArticles.english("long", 1, paragraphs.toArray(String[]::new));
            assertThat(article.getCleanedText().length()).isGreaterThan(limit);
            fixture.send(article);

            assertThat(fixture.deadLetters()).isEmpty();
            List<StatementEvent> events = fixture.statements();
            assertThat(events).isNotEmpty().allSatisfy(e -> {
                pointsIntoOriginal(article.getOriginalText(), e.getStatement().getContent());
                pointsIntoOriginal(article.getOriginalText(), e.getStatement().getMention());
            });
            assertThat(events).as("statements after the first part")
                    .anySatisfy(e -> assertThat(e.getStatement().getContent().getStart()).isGreaterThan(limit));
        }
    }

    private static void pointsIntoOriginal(String original, Span span) {
        assertThat(span.getStart()).isBetween(0, span.getEnd());
        assertThat(original.substring(span.getStart(), span.getEnd())).isEqualTo(span.getText());
    }

    /** Where a cleaned offset of a {@link TestArticles} article lies in its original text. */
    private static int originalStartOf(RawArticle article, int cleanedOffset) {
        for (OffsetSegment segment : article.getOffsetMap()) {
            if (cleanedOffset >= segment.getCleanedStart() && cleanedOffset < segment.getCleanedStart() + segment.getLength()) {
                return segment.getOriginalStart() + cleanedOffset - segment.getCleanedStart();
            }
        }
        throw new AssertionError("offset " + cleanedOffset + " is not in a copied run");
    }

    private static boolean within(Span span, int start, int end) {
        return span.getStart() >= start && span.getEnd() <= end;
    }

    private static Set<String> ids(List<StatementEvent> events, StatementEventType type) {
        return events.stream().filter(e -> e.getEventType() == type).map(StatementEvent::getStatementId)
                .collect(Collectors.toSet());
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
