package dev.newsroom.store.projection;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import dev.newsroom.events.RawArticle;
import dev.newsroom.store.views.ViewCollections;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Projects extract-service's dead letters ({@code news.extraction.dlq}: the raw article record, keyed by article
 * id, with {@code newsroom.error.*} headers) into the {@code extraction} field of the article document, so an
 * article that was not extracted says so and why instead of looking like one without statements. The version
 * that failed comes from the raw article in the dead letter; a later version that extracts well outranks it.
 */
@Component
public class ExtractionFailureProjector {

    static final String REASON_HEADER = "newsroom.error.reason";
    static final String MESSAGE_HEADER = "newsroom.error.message";
    /** Dead letters written before extract-service named reasons. */
    static final String UNNAMED_REASON = "extractor_error";

    private static final Logger log = LoggerFactory.getLogger(ExtractionFailureProjector.class);

    private final EventDecoder decoder;

    public ExtractionFailureProjector(EventDecoder decoder) {
        this.decoder = decoder;
    }

    /** @return how many article documents changed */
    public int project(List<ConsumerRecord<byte[], byte[]>> deadLetters, ViewCollections views) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> deadLetter : deadLetters) {
            if (deadLetter.key() == null) {
                log.warn("Extraction dead letter {}-{}@{} has no article id; no article to mark", deadLetter.topic(),
                        deadLetter.partition(), deadLetter.offset());
                continue;
            }
            String articleId = new String(deadLetter.key(), StandardCharsets.UTF_8);
            Document failure = new Document("status", "not_extracted")
                    .append("reason", header(deadLetter, REASON_HEADER, UNNAMED_REASON))
                    .append("message", header(deadLetter, MESSAGE_HEADER, null))
                    .append("version", version(deadLetter));
            writes.add(new UpdateOneModel<>(Filters.eq("_id", articleId), new Document("$set",
                    new Document("extraction", failure)), new UpdateOptions().upsert(true)));
        }
        if (!writes.isEmpty()) {
            views.articles().bulkWrite(writes);
        }
        return writes.size();
    }

    /** The version of the raw article in the dead letter, or null when it is not a readable raw article. */
    private Integer version(ConsumerRecord<byte[], byte[]> deadLetter) {
        try {
            return decoder.decode(deadLetter.topic(), deadLetter.value(), RawArticle.class).getVersion();
        } catch (RuntimeException e) {
            if (PoisonPolicy.isInfrastructure(e)) {
                throw e;
            }
            return null;
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name, String absent) {
        Header header = record.headers().lastHeader(name);
        return header == null ? absent : new String(header.value(), StandardCharsets.UTF_8);
    }
}
