/**
 * ingest-service: turns articles arriving over HTTP ({@code api}), the inbound topic ({@code inbound}) and
 * files (the {@code cli} client of the HTTP API) into {@code RawArticle} events on {@code news.articles.raw}.
 *
 * <h2>Validate at the edge, decide in the partition</h2>
 * The edge ({@link dev.newsroom.ingest.article.IngestService}) validates and cleans each article and refuses bad
 * input synchronously; a good one goes to the intake topic, keyed by content hash, and is answered 202 with a
 * status URL. Deduplication and versioning are a Kafka Streams application ({@code identity}): the content step
 * decides in the content hash's partition which article holds that content, the article step in the article
 * id's partition which version it gets, each with a persistent store backed by a changelog topic
 * ({@link dev.newsroom.ingest.identity.IdentityTopology}). Nothing is kept in heap per article and start-up
 * reads no history: a restarted instance opens its stores from its state directory; a new one restores only
 * its partitions' changelogs. Any number of instances may run with the same application id.
 */
package dev.newsroom.ingest;
