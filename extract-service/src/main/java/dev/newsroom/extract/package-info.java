/**
 * extract-service: turns raw articles ({@code news.articles.raw}, Avro {@code RawArticle}) into statement
 * events ({@code news.statements}, Avro {@code StatementEvent}, key articleId), exactly once.
 *
 * <h2>Exactly once</h2>
 * Each worker ({@link dev.newsroom.extract.pipeline.ExtractionWorker}) is a plain consume-transform-produce
 * loop over a read_committed consumer (no auto-commit) and a transactional producer. A poll's articles
 * are analysed first; then one transaction writes their statement events, their article-state records,
 * their dead letters and the consumed offsets ({@code sendOffsetsToTransaction} with the consumer's
 * group metadata, so a worker that lost its partitions in a rebalance cannot commit). A crash before
 * the commit leaves an open transaction that read_committed consumers never see; the restarted instance
 * (same instance id, so same transactional id) aborts it in {@code initTransactions} and reprocesses
 * from the last committed offsets. The transactional id is {@code prefix-instanceId-worker}: unique per
 * instance and stable across its restarts.
 *
 * <h2>Statement identity and article versions</h2>
 * A statement id is a hash of articleId, speaker id, normalised cue text, normalised content text and
 * the occurrence index of that same triple in the article, never of offsets, so an edit elsewhere in
 * the article keeps it. For every new article version the service emits RETRACTED for each statement
 * id of the previous version that is gone, then EXTRACTED for <em>every</em> statement of the new
 * version, including those that stayed (same statement id, new articleVersion and offsets): the latest
 * EXTRACTED event of a statement id carries offsets into the latest original text. An article version
 * at or below the last one processed emits nothing. Event ids hash articleId, version, statement id
 * and event type, so a replay produces the same ids. Non-English versions and failed ones leave the
 * article state as it was.
 *
 * <h2>State</h2>
 * Diffing versions needs, per article, the last version processed and its statement ids. That state is
 * event-sourced in a compacted topic of this service ({@code newsroom.extract.state-topic}, default
 * {@code news.extract.state}, key articleId, JSON value) written in the same transaction as the events
 * it describes, so state and events never disagree. The state of raw partition <i>p</i> is written to
 * state partition <i>p</i> (the state topic is created with as many partitions as the raw topic); on
 * assignment a worker waits until no transaction is open on those state partitions, reads them from
 * the beginning and keeps the last record per article; on revocation it drops them. The raw topic's
 * partition count must therefore not change while articles are in flight (as with Kafka Streams).
 *
 * <h2>Failures</h2>
 * A record that cannot be decoded, an extractor exception or an article over its time budget
 * ({@code newsroom.extract.article-timeout}) becomes a record on {@code news.extraction.dlq} with the
 * original key, value and headers plus {@code newsroom.error.*} and {@code newsroom.source.*} headers,
 * written in the same transaction as the offset that moves past it.
 */
package dev.newsroom.extract;
