/**
 * extract-service: turns raw articles ({@code news.articles.raw}, Avro {@code RawArticle}) into statement
 * events ({@code news.statements}, Avro {@code StatementEvent}, key articleId), exactly once.
 *
 * <h2>Kafka Streams</h2>
 * The service is one Kafka Streams topology ({@link dev.newsroom.extract.pipeline.ExtractionTopology}):
 * raw articles → a processor with a persistent key-value store of article state → statement events and
 * dead letters. With {@code processing.guarantee=exactly_once_v2} the outputs, the store's changelog
 * records and the consumed offsets of a task commit in one transaction; a crash before the commit leaves an
 * open transaction that read_committed consumers never see, which the restarted instance (the same state
 * directory, so the same process id and transactional ids) aborts, and the records are processed again.
 * Instances and their stream threads share the raw topic's partitions; a partition's store moves with it.
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
 * Diffing versions needs, per article, the last version processed and its statement ids: the
 * {@code article-state} store (RocksDB under {@code newsroom.extract.state-dir}, JSON values), backed by the
 * compacted changelog topic {@code <application-id>-article-state-changelog}. A restart with the state
 * directory intact reads only the changelog written since its checkpoint; a new instance restores only its
 * partitions' changelogs. The raw topic's partition count must not change while articles are in flight.
 *
 * <h2>Failures</h2>
 * A record that cannot be decoded, an extractor exception or an article over its time budget
 * ({@code newsroom.extract.article-timeout}, per part of an article too long for the extractor in one piece)
 * becomes a record on {@code news.extraction.dlq} with the original key, value and headers plus
 * {@code newsroom.error.*} (among them a reason code) and {@code newsroom.source.*} headers, a WARN log line
 * and a count in {@code newsroom.extract.dlq.records}; store-service shows the reason on the article's page.
 * An unreachable schema registry says nothing about the article: the stream thread fails and is replaced,
 * and the record is processed again.
 */
package dev.newsroom.extract;
