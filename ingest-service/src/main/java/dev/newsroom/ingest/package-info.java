/**
 * ingest-service: turns articles arriving over HTTP ({@code api}), the inbound topic ({@code inbound}) and
 * files (the {@code cli} client of the HTTP API) into {@code RawArticle} events on {@code news.articles.raw}.
 *
 * <h2>Identity and versions, event-sourced</h2>
 * The only state is, per article id, the latest version number and content hash (and, per content hash, the
 * article currently holding it). It is not stored anywhere but in {@code news.articles.raw} itself: every
 * event there carries {@code articleId}, {@code version} and {@code contentHash}. At start-up
 * {@link dev.newsroom.ingest.article.ArticleIndex} reads the raw topic from the beginning to its end before the
 * HTTP port opens or the inbound consumer starts, and from then on updates the index as the broker
 * acknowledges each event. So the state survives any restart, cannot drift from what was published (only
 * acknowledged events are in the topic, and nothing else is written), and needs no second topic kept in step
 * with the first. The cost is reading the raw topic at start-up, decoding only the three fields above; with
 * a retention-limited raw topic, ids older than the retention start over at version 1.
 * <p>
 * One instance owns the raw topic's identity: run a single ingest-service (its HTTP path serialises
 * versions of one article id in-process).
 */
package dev.newsroom.ingest;
