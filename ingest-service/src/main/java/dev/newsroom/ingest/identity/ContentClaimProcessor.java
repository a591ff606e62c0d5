package dev.newsroom.ingest.identity;

import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The content step, in the partition of the content hash: who holds this content? A submission whose
 * content another article holds is marked a duplicate of it; otherwise its article claims the content. Either
 * way it goes on, keyed by article id, to the article step ({@link ArticleVersionProcessor}), which sends
 * back a {@link ClaimChange} when a version takes or leaves a content.
 */
class ContentClaimProcessor implements Processor<String, byte[], String, byte[]> {

    private final String claimChanges;
    private final JsonSerde<ClaimChange> changes = new JsonSerde<>(ClaimChange.class);
    private ProcessorContext<String, byte[]> context;
    private KeyValueStore<String, ContentHolder> holders;

    ContentClaimProcessor(String claimChangesTopic) {
        this.claimChanges = claimChangesTopic;
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.holders = context.getStateStore(IdentityTopology.CONTENT_HOLDERS);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String contentHash = record.key();
        boolean change = context.recordMetadata().map(m -> m.topic().equals(claimChanges)).orElse(false);
        if (change) {
            apply(contentHash, changes.deserializer().deserialize(claimChanges, record.value()));
            return;
        }
        String articleId = IntakeHeaders.get(record.headers(), IntakeHeaders.ARTICLE_ID);
        ContentHolder holder = holders.get(contentHash);
        Record<String, byte[]> claim = record.withKey(articleId);
        if (holder == null) {
            holders.put(contentHash, new ContentHolder(articleId, 0));
        } else if (!holder.articleId().equals(articleId)) {
            IntakeHeaders.put(claim.headers(), IntakeHeaders.DUPLICATE_OF, holder.articleId());
            IntakeHeaders.put(claim.headers(), IntakeHeaders.DUPLICATE_VERSION, Integer.toString(holder.version()));
        }
        context.forward(claim);
    }

    private void apply(String contentHash, ClaimChange change) {
        if (change.held()) {
            holders.put(contentHash, new ContentHolder(change.articleId(), change.version()));
            return;
        }
        ContentHolder holder = holders.get(contentHash);
        if (holder != null && holder.articleId().equals(change.articleId())) {
            holders.delete(contentHash);
        }
    }
}
