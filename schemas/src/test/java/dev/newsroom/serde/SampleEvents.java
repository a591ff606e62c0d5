package dev.newsroom.serde;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.newsroom.events.ActorKind;
import dev.newsroom.events.ActorRef;
import dev.newsroom.events.IngestSource;
import dev.newsroom.events.OffsetSegment;
import dev.newsroom.events.RawArticle;
import dev.newsroom.events.Span;
import dev.newsroom.events.Statement;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.events.StatementType;

/** Events with every field set, made up for the tests. */
public final class SampleEvents {

    private SampleEvents() {
    }

    public static RawArticle article() {
        String original = "Ministers meet\n\nThe minister said talks \u201cwent well\u201d.\u00a0Photo: agency";
        return RawArticle.newBuilder()
                .setArticleId("a-1f3e")
                .setVersion(2)
                .setContentHash("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .setUrl("https://Example.org/news/talks?utm_source=x#top")
                .setCanonicalUrl("https://example.org/news/talks")
                .setTitle("Ministers meet")
                .setOutlet("Example News")
                .setPublishedAt(Instant.parse("2026-03-04T10:15:30Z"))
                .setPublishedAtNote("year taken from ingest time")
                .setLanguage("en")
                .setOriginalText(original)
                .setCleanedText("Ministers meet\n\nThe minister said talks \u201cwent well\u201d.")
                .setOffsetMap(List.of(new OffsetSegment(0, 0, 53)))
                .setContentType("text/plain")
                .setSource(IngestSource.HTTP)
                .setIngestedAt(Instant.parse("2026-03-04T11:00:00.123Z"))
                .build();
    }

    public static StatementEvent extracted() {
        ActorRef minister = ActorRef.newBuilder().setId("person:doe").setName("Jane Doe").setKind(ActorKind.PERSON)
                .setSide("FRA").setRole("foreign minister").setAffiliation("Foreign Ministry").build();
        ActorRef target = ActorRef.newBuilder().setId("gov:DEU").setName("Germany").setKind(ActorKind.GOVERNMENT)
                .setSide("DEU").build();
        ActorRef paper = ActorRef.newBuilder().setId("media:daily").setName("The Daily").setKind(ActorKind.MEDIA)
                .build();
        Statement statement = Statement.newBuilder()
                .setSpeaker(minister)
                .setMention(new Span("The minister", 16, 28))
                .setCue(new Span("said", 29, 33))
                .setContent(new Span("talks \u201cwent well\u201d", 34, 51))
                .setDirect(false)
                .setTargets(List.of(target))
                .setType(StatementType.APPROVE)
                .setStance(0.6)
                .setVia(paper)
                .setStatedAt(LocalDate.parse("2026-03-03"))
                .setDisputes(List.of("DEU~FRA"))
                .setTopics(List.of("trade"))
                .build();
        return StatementEvent.newBuilder()
                .setEventId("e-77")
                .setEventType(StatementEventType.EXTRACTED)
                .setStatementId("s-12")
                .setArticleId("a-1f3e")
                .setArticleVersion(2)
                .setEmittedAt(Instant.parse("2026-03-04T11:00:01.500Z"))
                .setStatement(statement)
                .setArticleTitle("Ministers meet")
                .setArticlePublishedAt(Instant.parse("2026-03-04T10:15:30Z"))
                .build();
    }

    public static StatementEvent retracted() {
        return StatementEvent.newBuilder()
                .setEventId("e-78")
                .setEventType(StatementEventType.RETRACTED)
                .setStatementId("s-12")
                .setArticleId("a-1f3e")
                .setArticleVersion(3)
                .setEmittedAt(Instant.parse("2026-03-05T08:00:00Z"))
                .setStatement(null)
                .build();
    }
}
