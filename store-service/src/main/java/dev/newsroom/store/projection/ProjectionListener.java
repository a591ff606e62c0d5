package dev.newsroom.store.projection;

import dev.newsroom.events.RawArticle;
import dev.newsroom.events.StatementEvent;
import dev.newsroom.store.StoreProperties;
import dev.newsroom.store.views.ViewStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;

/**
 * The live projection: consumes {@code news.statements} and {@code news.articles.raw} in batches and projects
 * them into the live generation. An undecodable record, or one whose projection keeps failing, goes to the
 * dead-letter topic with its original bytes and the error; the rest of the batch is projected. Failures of
 * Mongo or the registry are thrown to the container, which backs off and redelivers the batch.
 */
@Component
class ProjectionListener {

    private static final Logger log = LoggerFactory.getLogger(ProjectionListener.class);

    private final EventDecoder decoder;
    private final StatementProjector statements;
    private final ArticleProjector articles;
    private final ViewStore viewStore;
    private final ProjectionGate gate;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final int maxAttempts;

    ProjectionListener(EventDecoder decoder, StatementProjector statements, ArticleProjector articles,
                       ViewStore viewStore, ProjectionGate gate, DeadLetterPublishingRecoverer deadLetters,
                       StoreProperties properties) {
        this.decoder = decoder;
        this.statements = statements;
        this.articles = articles;
        this.viewStore = viewStore;
        this.gate = gate;
        this.deadLetters = deadLetters;
        this.maxAttempts = properties.maxDeliveryAttempts();
    }

    @KafkaListener(id = "statements", idIsGroup = false, topics = "${newsroom.topics.statements:news.statements}",
            containerFactory = "projectionContainerFactory")
    void onStatements(List<ConsumerRecord<byte[], byte[]>> records) {
        process(records, StatementEvent.class, batch -> statements.project(batch, viewStore.live()));
    }

    @KafkaListener(id = "articles", idIsGroup = false, topics = "${newsroom.topics.articles-raw:news.articles.raw}",
            containerFactory = "projectionContainerFactory")
    void onArticles(List<ConsumerRecord<byte[], byte[]>> records) {
        process(records, RawArticle.class, batch -> articles.project(batch, viewStore.live()));
    }

    private <T extends SpecificRecord> void process(List<ConsumerRecord<byte[], byte[]>> records, Class<T> type,
                                                    Consumer<List<T>> project) {
        List<ConsumerRecord<byte[], byte[]>> decodedRecords = new ArrayList<>();
        List<T> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                events.add(decoder.decode(record.topic(), record.value(), type));
                decodedRecords.add(record);
            } catch (RuntimeException e) {
                if (PoisonPolicy.isInfrastructure(e)) {
                    throw e;
                }
                deadLetter(record, e);
            }
        }
        try {
            gate.run(() -> {
                project.accept(events);
                return null;
            });
        } catch (RuntimeException e) {
            if (PoisonPolicy.isInfrastructure(e)) {
                throw e;
            }
            log.warn("Projecting a batch of {} events failed ({}); projecting them one by one", events.size(), e.toString());
            for (int i = 0; i < events.size(); i++) {
                projectAlone(decodedRecords.get(i), events.get(i), project);
            }
        }
    }

    private <T> void projectAlone(ConsumerRecord<byte[], byte[]> record, T event, Consumer<List<T>> project) {
        for (int attempt = 1; ; attempt++) {
            try {
                gate.run(() -> {
                    project.accept(List.of(event));
                    return null;
                });
                return;
            } catch (RuntimeException e) {
                if (PoisonPolicy.isInfrastructure(e)) {
                    throw e;
                }
                if (attempt >= maxAttempts) {
                    deadLetter(record, e);
                    return;
                }
            }
        }
    }

    private void deadLetter(ConsumerRecord<byte[], byte[]> record, Exception e) {
        log.warn("Dead-lettering record {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.toString());
        deadLetters.accept(record, e);
    }
}
