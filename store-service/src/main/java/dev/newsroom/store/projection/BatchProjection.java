package dev.newsroom.store.projection;

import dev.newsroom.store.StoreProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decodes and projects one batch of records, isolating poison: an undecodable record, or one whose projection
 * fails {@code maxDeliveryAttempts} times on its own, is handed to {@code poison} and the rest is projected.
 * Failures of the infrastructure (Mongo, the registry) are thrown, so the batch is retried as a whole.
 */
@Component
public class BatchProjection {

    private static final Logger log = LoggerFactory.getLogger(BatchProjection.class);

    private final EventDecoder decoder;
    private final int maxAttempts;

    public BatchProjection(EventDecoder decoder, StoreProperties properties) {
        this.decoder = decoder;
        this.maxAttempts = properties.maxDeliveryAttempts();
    }

    public <T extends SpecificRecord> void apply(List<ConsumerRecord<byte[], byte[]>> records, Class<T> type,
                                                 Consumer<List<T>> project,
                                                 BiConsumer<ConsumerRecord<byte[], byte[]>, Exception> poison) {
        List<ConsumerRecord<byte[], byte[]>> decodedRecords = new ArrayList<>();
        List<T> events = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                events.add(decoder.decode(record.topic(), record.value(), type));
                decodedRecords.add(record);
            } catch (RuntimeException e) {
                rethrowIfInfrastructure(e);
                poison.accept(record, e);
            }
        }
        try {
            project.accept(events);
        } catch (RuntimeException e) {
            rethrowIfInfrastructure(e);
            log.warn("Projecting a batch of {} events failed ({}); projecting them one by one", events.size(), e.toString());
            for (int i = 0; i < events.size(); i++) {
                projectAlone(decodedRecords.get(i), events.get(i), project, poison);
            }
        }
    }

    private <T> void projectAlone(ConsumerRecord<byte[], byte[]> record, T event, Consumer<List<T>> project,
                                  BiConsumer<ConsumerRecord<byte[], byte[]>, Exception> poison) {
        for (int attempt = 1; ; attempt++) {
            try {
                project.accept(List.of(event));
                return;
            } catch (RuntimeException e) {
                rethrowIfInfrastructure(e);
                if (attempt >= maxAttempts) {
                    poison.accept(record, e);
                    return;
                }
            }
        }
    }

    private static void rethrowIfInfrastructure(RuntimeException e) {
        if (PoisonPolicy.isInfrastructure(e)) {
            throw e;
        }
    }
}
