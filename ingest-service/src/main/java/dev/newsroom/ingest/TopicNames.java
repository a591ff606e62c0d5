package dev.newsroom.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import dev.newsroom.topics.Topics;

/**
 * Topic names ({@code newsroom.topics.*}); the contract's defaults come from {@link Topics}, the rest are this
 * service's own (see {@link dev.newsroom.ingest.identity.IdentityTopology}).
 *
 * @param articlesInbound  JSON or plain-text articles from anyone (consumed)
 * @param articlesRaw      Avro RawArticle events (produced)
 * @param articlesRejected refused inbound records with the reason (produced)
 * @param articlesIntake   cleaned articles not yet versioned, key content hash: what the HTTP edge and the inbound
 *                         consumer produce
 * @param articleClaims    the same, key article id, after the content step
 * @param claimChanges     which content an article's new version took or left, key content hash
 */
@ConfigurationProperties("newsroom.topics")
public record TopicNames(@DefaultValue(Topics.ARTICLES_INBOUND) String articlesInbound,
                         @DefaultValue(Topics.ARTICLES_RAW) String articlesRaw,
                         @DefaultValue(Topics.ARTICLES_REJECTED) String articlesRejected,
                         @DefaultValue("news.ingest.intake") String articlesIntake,
                         @DefaultValue("news.ingest.article-claims") String articleClaims,
                         @DefaultValue("news.ingest.claim-changes") String claimChanges) {
}
