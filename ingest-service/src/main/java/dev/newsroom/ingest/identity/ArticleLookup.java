package dev.newsroom.ingest.identity;

import java.util.Optional;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads an article's identity with Kafka Streams' interactive queries: from the local store when this
 * instance owns the article id's partition, else from the owner ({@code application.server}) over HTTP.
 */
public class ArticleLookup {

    private static final StringSerializer KEYS = new StringSerializer();

    private final IdentityStreams identity;
    private final OwnerClient owners;

    public ArticleLookup(IdentityStreams identity, OwnerClient owners) {
        this.identity = identity;
        this.owners = owners;
    }

    /**
     * @param forwarded true when another instance forwarded the query here: answer locally or not at all
     * @throws IdentityUnavailableException when the owning store cannot be read now
     */
    public Optional<ArticleView> find(String articleId, boolean forwarded) {
        KafkaStreams streams = identity.streams()
                .orElseThrow(() -> new IdentityUnavailableException("the identity step is not running"));
        KeyQueryMetadata owner = streams.queryMetadataForKey(IdentityTopology.ARTICLES, articleId, KEYS);
        if (owner == null || KeyQueryMetadata.NOT_AVAILABLE.equals(owner)) {
            throw new IdentityUnavailableException("no instance owns the partition of " + articleId + " yet");
        }
        if (!owner.activeHost().equals(identity.host())) {
            if (forwarded) {
                throw new IdentityUnavailableException("the partition of " + articleId + " is moving between instances");
            }
            return owners.fetch(owner.activeHost(), articleId);
        }
        try {
            ReadOnlyKeyValueStore<String, ArticleRecord> store = streams.store(StoreQueryParameters
                    .fromNameAndType(IdentityTopology.ARTICLES, QueryableStoreTypes.<String, ArticleRecord>keyValueStore())
                    .withPartition(owner.partition()));
            return Optional.ofNullable(store.get(articleId)).map(record -> ArticleView.of(articleId, record));
        } catch (InvalidStateStoreException e) {
            throw new IdentityUnavailableException("the store of " + articleId + " is not ready: " + e.getMessage(), e);
        }
    }
}
