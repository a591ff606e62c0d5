package dev.newsroom.store.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.Filters;
import dev.newsroom.events.RawArticle;
import dev.newsroom.store.EventTopics;
import dev.newsroom.store.articles.ArticleQueries;
import dev.newsroom.store.StackProperties;
import dev.newsroom.store.TestEvents;
import dev.newsroom.store.TestEvents.FishingDispute;
import dev.newsroom.store.ViewDump;
import dev.newsroom.store.views.ViewStore;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.stack.testing.NewsroomStackExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The live projection through the real broker, registry and consumer: views, redelivery, dead letters. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "newsroom.mongo.database=kafka-projection-test", "newsroom.store.consumer-group=kafka-projection-test",
        "logging.level.kafka=WARN", "logging.level.org.apache.kafka=WARN"})
class KafkaProjectionTest {

    private static final EventTopics TOPICS = new EventTopics(NewsroomStackExtension.stack(), "kafka-projection-test");
    private static final String GROUP = "kafka-projection-test";

    @DynamicPropertySource
    static void stack(DynamicPropertyRegistry registry) {
        StackProperties.register(registry, TOPICS);
    }

    @Autowired
    ViewStore viewStore;
    @Autowired
    ArticleQueries articleQueries;

    @Test
    void eventsFromKafkaBecomeViewsAndRedeliveryChangesNothing() {
        TOPICS.publishArticles(FishingDispute.articles());
        TOPICS.publishStatements(FishingDispute.events());
        TOPICS.awaitConsumed(GROUP);

        var views = viewStore.live();
        assertThat(views.disputes().find(Filters.eq("_id", "DEU~FRA")).first()).isNotNull();
        assertThat(views.actors().countDocuments()).isEqualTo(5);
        var a1 = views.articles().find(Filters.eq("_id", "a1")).first();
        assertThat(a1).containsEntry("title", "Quota row erupts");
        assertThat(a1.get("statementPositions", org.bson.Document.class)).hasSize(4);
        var once = ViewDump.of(views);

        TOPICS.publishStatements(FishingDispute.events());
        TOPICS.publishArticles(FishingDispute.articles());
        TOPICS.publishStatements(FishingDispute.events());
        TOPICS.awaitConsumed(GROUP);
        assertThat(ViewDump.of(viewStore.live())).isEqualTo(once);

        TOPICS.publishStatements(List.of(TestEvents.retracted("s1", "a1", 2)));
        TOPICS.awaitConsumed(GROUP);
        assertThat(viewStore.live().statements().find(Filters.eq("_id", "s1")).first()).containsEntry("live", false);
        assertThat(viewStore.live().actors().find(Filters.eq("_id", "gov:FRA")).first().getInteger("statementCount", 0)).isZero();
    }

    @Test
    void anArticleThatWasNotExtractedSaysSoAndWhyUntilALaterVersionArrives() throws Exception {
        var article = RawArticle.newBuilder(FishingDispute.articles().get(0))
                .setArticleId("too-slow").build();
        TOPICS.publishArticles(List.of(article));
        TOPICS.publishExtractionFailure(article, "time_budget", "Extraction of article too-slow exceeded its time budget");
        TOPICS.awaitConsumed(GROUP);

        var failed = articleQueries.get("too-slow");
        assertThat(failed.get("extraction")).isEqualTo(Map.of("status", "not_extracted",
                "reason", "time_budget", "description", "over the time budget",
                "detail", "Extraction of article too-slow exceeded its time budget"));

        TOPICS.publishArticles(List.of(RawArticle.newBuilder(article)
                .setVersion(article.getVersion() + 1).build()));
        TOPICS.awaitConsumed(GROUP);
        assertThat(articleQueries.get("too-slow").get("extraction")).isEqualTo(Map.of("status", "extracted"));
    }

    @Test
    void poisonEventsGoToTheDeadLetterTopicWithTheirBytesAndTheErrorAndProjectionGoesOn() throws Exception {
        byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
        TOPICS.publishBytes(TOPICS.statements, "poison-article", garbage);
        StatementEvent hollow = TestEvents.extracted("p1", "poison-article", 1, "Someone spoke.", "Someone spoke.",
                TestEvents.UN, dev.newsroom.events.StatementType.STATEMENT, java.time.LocalDate.parse("2030-04-01"));
        hollow.setStatement(null);
        StatementEvent healthy = TestEvents.extracted("p2", "poison-article", 1, "Someone spoke.", "Someone spoke.",
                TestEvents.UN, dev.newsroom.events.StatementType.STATEMENT, java.time.LocalDate.parse("2030-04-01"));
        TOPICS.publishStatements(List.of(hollow, healthy));
        TOPICS.awaitConsumed(GROUP);

        assertThat(viewStore.live().statements().find(Filters.eq("_id", "p2")).first()).containsEntry("live", true);
        assertThat(viewStore.live().statements().find(Filters.eq("_id", "p1")).first()).isNull();

        List<ConsumerRecord<byte[], byte[]>> dead = TOPICS.readDeadLetters(2);
        assertThat(dead).hasSize(2);
        ConsumerRecord<byte[], byte[]> undecodable = dead.get(0);
        assertThat(undecodable.value()).isEqualTo(garbage);
        assertThat(header(undecodable, KafkaHeaders.DLT_EXCEPTION_FQCN)).contains("SerializationException");
        assertThat(header(undecodable, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("magic byte");
        assertThat(header(undecodable, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(TOPICS.statements);
        assertThat(undecodable.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET)).isNotNull();
        assertThat(undecodable.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION)).isNotNull();
        ConsumerRecord<byte[], byte[]> invalid = dead.get(1);
        assertThat(header(invalid, KafkaHeaders.DLT_EXCEPTION_FQCN)).isEqualTo(InvalidEventException.class.getName());
        assertThat(header(invalid, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("carries no statement");
        assertThat(invalid.value()[0]).isZero();
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

}
