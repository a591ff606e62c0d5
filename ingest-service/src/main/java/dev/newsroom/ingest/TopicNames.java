package dev.newsroom.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.newsroom.topics.Topics;

/**
 * Topic names ({@code newsroom.topics.*}); the defaults are the contract's, from {@link Topics}.
 *
 * @param articlesInbound  JSON or plain-text articles from anyone (consumed)
 * @param articlesRaw      Avro RawArticle events (produced; also read back at start-up to restore identity state)
 * @param articlesRejected refused inbound records with the reason (produced)
 */
@ConfigurationProperties("newsroom.topics")
public record TopicNames(@DefaultValue(Topics.ARTICLES_INBOUND) String articlesInbound,
                         @DefaultValue(Topics.ARTICLES_RAW) String articlesRaw,
                         @DefaultValue(Topics.ARTICLES_REJECTED) String articlesRejected) {
}
