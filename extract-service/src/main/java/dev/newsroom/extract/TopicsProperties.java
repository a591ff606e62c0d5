package dev.newsroom.extract;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.newsroom.topics.Topics;

/** Names of the contract topics this service reads and writes ({@code newsroom.topics.*}). */
@ConfigurationProperties("newsroom.topics")
public record TopicsProperties(
        @DefaultValue(Topics.ARTICLES_RAW) String articlesRaw,
        @DefaultValue(Topics.STATEMENTS) String statements,
        @DefaultValue(Topics.EXTRACTION_DLQ) String extractionDlq) {
}
