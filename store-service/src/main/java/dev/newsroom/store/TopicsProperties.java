package dev.newsroom.store;

import dev.newsroom.topics.Topics;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Kafka topic names ({@code newsroom.topics.*}); defaults from the contract in {@link Topics}. */
@ConfigurationProperties("newsroom.topics")
public record TopicsProperties(
        @DefaultValue(Topics.STATEMENTS) String statements,
        @DefaultValue(Topics.ARTICLES_RAW) String articlesRaw,
        @DefaultValue(Topics.STATEMENTS_DLQ) String statementsDlq,
        @DefaultValue(Topics.EXTRACTION_DLQ) String extractionDlq) {
}
