package dev.newsroom.extract.statements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.newsroom.articles.OffsetMap;
import dev.newsroom.events.ActorKind;
import dev.newsroom.events.ActorRef;
import dev.newsroom.events.OffsetSegment;
import dev.newsroom.events.RawArticle;
import dev.newsroom.events.Span;
import dev.newsroom.events.Statement;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.events.StatementEventType;
import dev.newsroom.events.StatementType;
import dev.newsroom.extract.state.ArticleState;
import dev.newsroom.extractor.model.Actor;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.TextSpan;

/**
 * Turns the statements extracted from one article version into statement events, given what was
 * emitted for the previous version: RETRACTED for every statement id that is gone, EXTRACTED for every
 * statement of this version. Statements that stayed keep their id and are emitted again with the new
 * version and offsets, so the latest EXTRACTED event of a statement always carries offsets into the
 * latest original text.
 */
public final class StatementEventFactory {

    private static final Comparator<ExtractedStatement> TEXT_ORDER = Comparator
            .comparingInt((ExtractedStatement s) -> s.content().start())
            .thenComparingInt(s -> s.cue().start())
            .thenComparingInt(s -> s.mention().start());

    private StatementEventFactory() {
    }

    /**
     * @param previous what was emitted for the last processed version, or null for a new article
     */
    public static ArticleEvents eventsFor(RawArticle article, List<ExtractedStatement> extracted,
            ArticleState previous, Instant now) {
        OffsetMap offsets = offsetMap(article.getOffsetMap());
        List<ExtractedStatement> ordered = extracted.stream().sorted(TEXT_ORDER).toList();

        Map<String, Integer> occurrences = new HashMap<>();
        Map<String, ExtractedStatement> current = new LinkedHashMap<>();
        for (ExtractedStatement statement : ordered) {
            // The speaker's words, not the resolved actor id: how a mention resolves can depend on
            // what the extractor has seen in other articles, and the id must not.
            String speakerWords = statement.mention().text();
            String key = StatementIds.normalise(speakerWords) + '\0' + StatementIds.normalise(statement.cue().text())
                    + '\0' + StatementIds.normalise(statement.content().text());
            int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
            current.put(StatementIds.statementId(article.getArticleId(), speakerWords, statement.cue().text(),
                    statement.content().text(), occurrence), statement);
        }

        List<StatementEvent> events = new ArrayList<>();
        Set<String> gone = new LinkedHashSet<>(previous == null ? List.of() : previous.statementIds());
        gone.removeAll(current.keySet());
        for (String statementId : gone) {
            events.add(event(article, statementId, StatementEventType.RETRACTED, null, now));
        }
        current.forEach((statementId, statement) -> events.add(event(article, statementId,
                StatementEventType.EXTRACTED, statement(article.getOriginalText(), offsets, statement), now)));

        ArticleState state = new ArticleState(article.getArticleId(), article.getVersion(),
                List.copyOf(current.keySet()));
        return new ArticleEvents(events, state, current.size(), gone.size());
    }

    private static StatementEvent event(RawArticle article, String statementId, StatementEventType type,
            Statement statement, Instant now) {
        return StatementEvent.newBuilder()
                .setEventId(StatementIds.eventId(article.getArticleId(), article.getVersion(), statementId, type))
                .setEventType(type)
                .setStatementId(statementId)
                .setArticleId(article.getArticleId())
                .setArticleVersion(article.getVersion())
                .setEmittedAt(now)
                .setStatement(statement)
                .setArticleTitle(article.getTitle())
                .setArticlePublishedAt(article.getPublishedAt())
                .build();
    }

    private static Statement statement(String originalText, OffsetMap offsets, ExtractedStatement s) {
        return Statement.newBuilder()
                .setSpeaker(actor(s.speaker()))
                .setMention(span(originalText, offsets, s.mention()))
                .setCue(span(originalText, offsets, s.cue()))
                .setContent(span(originalText, offsets, s.content()))
                .setDirect(s.direct())
                .setTargets(s.targets().stream().map(StatementEventFactory::actor).toList())
                .setType(StatementType.valueOf(s.type().name()))
                .setStance(s.stance())
                .setVia(s.via() == null ? null : actor(s.via()))
                .setStatedAt(s.statedAt())
                .setDisputes(s.disputes())
                .setTopics(s.topics())
                .build();
    }

    private static ActorRef actor(Actor actor) {
        return ActorRef.newBuilder()
                .setId(actor.id())
                .setName(actor.name() == null ? actor.id() : actor.name())
                .setKind(ActorKind.valueOf(actor.kind().name()))
                .setSide(actor.side())
                .setRole(actor.role())
                .setAffiliation(actor.affiliation())
                .build();
    }

    private static OffsetMap offsetMap(List<OffsetSegment> segments) {
        return new OffsetMap(segments.stream()
                .map(s -> new OffsetMap.Segment(s.getCleanedStart(), s.getOriginalStart(), s.getLength()))
                .sorted(Comparator.comparingInt(OffsetMap.Segment::cleanedStart))
                .toList());
    }

    /**
     * The span in original-text offsets, its text read from the original so text and offsets always
     * agree. A span made only of synthesised characters is searched for in the original instead.
     */
    private static Span span(String originalText, OffsetMap offsets, TextSpan span) {
        OffsetMap.Span range = offsets.toOriginal(span.start(), span.end());
        if (range.start() == range.end() && span.end() > span.start()) {
            int found = originalText.indexOf(span.text());
            if (found >= 0) {
                range = new OffsetMap.Span(found, found + span.text().length());
            }
        }
        return new Span(originalText.substring(range.start(), range.end()), range.start(), range.end());
    }
}
