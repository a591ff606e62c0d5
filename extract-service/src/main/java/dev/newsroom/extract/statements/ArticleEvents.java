package dev.newsroom.extract.statements;

import java.util.List;

import dev.newsroom.events.StatementEvent;
import dev.newsroom.extract.state.ArticleState;

/**
 * The events one article version produces and the article state after them.
 *
 * @param events     RETRACTED events for statements that disappeared, then EXTRACTED for every statement
 * @param state      the state to record for the article
 * @param extracted  number of EXTRACTED events
 * @param retracted  number of RETRACTED events
 */
public record ArticleEvents(List<StatementEvent> events, ArticleState state, int extracted, int retracted) {

    public ArticleEvents {
        events = List.copyOf(events);
    }
}
