package dev.newsroom.serde;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.topics.Topics;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract's events through serializer, registry and deserializer, configured as Kafka configures them. */
class RoundTripTest {

    InProcessRegistry registry;
    ConfluentAvroSerializer<SpecificRecord> serializer = new ConfluentAvroSerializer<>();
    ConfluentAvroDeserializer<SpecificRecord> specific = new ConfluentAvroDeserializer<>();
    ConfluentAvroDeserializer<GenericRecord> generic = new ConfluentAvroDeserializer<>();

    @BeforeEach
    void start() {
        registry = new InProcessRegistry();
        // as Spring Kafka passes spring.kafka.*.properties: strings
        serializer.configure(Map.of("schema.registry.url", registry.url(), "auto.register.schemas", "true"), false);
        specific.configure(Map.of("schema.registry.url", registry.url(), "specific.avro.reader", "true"), false);
        generic.configure(Map.of("schema.registry.url", registry.url()), false);
    }

    @AfterEach
    void stop() {
        registry.close();
    }

    @Test
    void rawArticle() {
        RawArticle article = SampleEvents.article();
        byte[] bytes = serializer.serialize(Topics.ARTICLES_RAW, article);
        assertThat(specific.deserialize(Topics.ARTICLES_RAW, bytes)).isEqualTo(article);

        GenericRecord record = generic.deserialize(Topics.ARTICLES_RAW, bytes);
        assertThat(record.getSchema().getFullName()).isEqualTo("dev.newsroom.events.RawArticle");
        assertThat(record.get("articleId").toString()).isEqualTo("a-1f3e");
        assertThat(record.get("publishedAt")).isEqualTo(article.getPublishedAt().toEpochMilli());

        SchemaRegistryClient client = new SchemaRegistryClient(registry.url());
        SchemaRegistryClient.SubjectVersion latest = client.latestVersion("news.articles.raw-value");
        assertThat(latest.schema()).isEqualTo(RawArticle.getClassSchema());
    }

    @Test
    void statementEventsBothKinds() {
        for (StatementEvent event : new StatementEvent[] {SampleEvents.extracted(), SampleEvents.retracted()}) {
            byte[] bytes = serializer.serialize(Topics.STATEMENTS, event);
            assertThat(specific.deserialize(Topics.STATEMENTS, bytes)).isEqualTo(event);
        }
        assertThat(new SchemaRegistryClient(registry.url()).latestVersion("news.statements-value").version())
                .isEqualTo(1);
    }

    @Test
    void nullIsATombstone() {
        assertThat(serializer.serialize(Topics.STATEMENTS, null)).isNull();
        assertThat(specific.deserialize(Topics.STATEMENTS, null)).isNull();
    }

    @Test
    void keysUseTheKeySubject() {
        ConfluentAvroSerializer<SpecificRecord> keySerializer = new ConfluentAvroSerializer<>();
        keySerializer.configure(Map.of("schema.registry.url", registry.url()), true);
        keySerializer.serialize("keyed", SampleEvents.retracted());
        assertThat(new SchemaRegistryClient(registry.url()).latestVersion("keyed-key").schema())
                .isEqualTo(StatementEvent.getClassSchema());
    }

    @Test
    void onceSeenTheRegistryIsNotAskedAgain() {
        StatementEvent event = SampleEvents.extracted();
        byte[] first = serializer.serialize(Topics.STATEMENTS, event);
        specific.deserialize(Topics.STATEMENTS, first);
        registry.close();

        byte[] again = serializer.serialize(Topics.STATEMENTS, event);
        assertThat(again).isEqualTo(first);
        assertThat(specific.deserialize(Topics.STATEMENTS, again)).isEqualTo(event);
    }
}
