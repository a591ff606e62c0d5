package dev.newsroom.extract.state;

import java.util.List;

/**
 * What extract-service last emitted for one article: the version it processed and the ids of the
 * statements that version contains (the ones a later version may retract).
 */
public record ArticleState(String articleId, int version, List<String> statementIds) {

    public ArticleState {
        statementIds = List.copyOf(statementIds);
    }
}
