package dev.newsroom.ingest.identity;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsroom.events.RawArticle;
import dev.newsroom.ingest.article.IngestMetrics;

/**
 * The article step, in the partition of the article id: decides each submission. Content the content step
 * found under another article is a duplicate of it; content this article's latest version already has is a
 * duplicate of itself; anything else is published to the raw topic as the next version, and the content
 * step is told which content this article now holds and which it left. Every outcome is kept in the
 * article's record, where the status URL reads it.
 */
class ArticleVersionProcessor implements Processor<String, byte[], String, byte[]> {

    private final String rawTopic;
    private final String claimChangesTopic;
    private final Deserializer<RawArticle> intake;
    private final Serializer<RawArticle> raw;
    private final IngestMetrics metrics;
    private final JsonSerde<ClaimChange> changes = new JsonSerde<>(ClaimChange.class);
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, ArticleRecord> articles;

    ArticleVersionProcessor(String rawTopic, String claimChangesTopic, Deserializer<RawArticle> intake,
                            Serializer<RawArticle> raw, IngestMetrics metrics) {
        this.rawTopic = rawTopic;
        this.claimChangesTopic = claimChangesTopic;
        this.intake = intake;
        this.raw = raw;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.articles = context.getStateStore(IdentityTopology.ARTICLES);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String articleId = record.key();
        String submissionId = IntakeHeaders.get(record.headers(), IntakeHeaders.SUBMISSION_ID);
        String duplicateOf = IntakeHeaders.get(record.headers(), IntakeHeaders.DUPLICATE_OF);
        RawArticle article = intake.deserialize(context.recordMetadata().map(m -> m.topic()).orElse(null), record.value());
        ArticleRecord current = articles.get(articleId);
        if (current == null) {
            current = ArticleRecord.NONE;
        }
        String contentHash = article.getContentHash();
        SubmissionOutcome outcome;
        ArticleRecord next;
        if (duplicateOf != null) {
            int version = Integer.parseInt(IntakeHeaders.get(record.headers(), IntakeHeaders.DUPLICATE_VERSION));
            outcome = new SubmissionOutcome(submissionId, Outcome.DUPLICATE, version, duplicateOf);
            next = current.decided(outcome);
        } else if (current.holds(contentHash)) {
            outcome = new SubmissionOutcome(submissionId, Outcome.DUPLICATE, current.version(), articleId);
            next = current.decided(outcome);
        } else {
            int version = current.version() + 1;
            article.setVersion(version);
            context.forward(new Record<>(articleId, raw.serialize(rawTopic, article), record.timestamp(), new RecordHeaders()),
                    IdentityTopology.RAW);
            if (current.contentHash() != null) {
                claimChange(current.contentHash(), new ClaimChange(articleId, current.version(), false), record);
            }
            claimChange(contentHash, new ClaimChange(articleId, version, true), record);
            outcome = new SubmissionOutcome(submissionId, version == 1 ? Outcome.NEW : Outcome.UPDATED, version, null);
            next = current.published(version, contentHash, outcome);
        }
        articles.put(articleId, next);
        metrics.ingested(article.getSource(), outcome.outcome());
    }

    private void claimChange(String contentHash, ClaimChange change, Record<String, byte[]> cause) {
        context.forward(new Record<>(contentHash, changes.serializer().serialize(claimChangesTopic, change), cause.timestamp(),
                new RecordHeaders()), IdentityTopology.CLAIM_CHANGES);
    }
}
