package dev.newsroom.store.projection;

import dev.newsroom.store.StoreProperties;
import dev.newsroom.store.TopicsProperties;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring of the projection: byte-array consumers reading committed records only, batch listeners,
 * a dead-letter publisher that keeps the original bytes, and endless back-off for infrastructure failures.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    EventDecoder eventDecoder(SchemaRegistryProperties registry) {
        return new EventDecoder(registry.url());
    }

    @Bean
    ProjectionGate projectionGate() {
        return new ProjectionGate();
    }

    /** Consumer settings the live projection and the rebuild share. */
    @Bean
    ProjectionConsumerSettings projectionConsumerSettings(KafkaProperties kafka, StoreProperties store) {
        Map<String, Object> settings = new HashMap<>(kafka.buildConsumerProperties());
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, store.maxPollRecords());
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, store.consumerGroup());
        // A topic first created by a subscriber (one partition) and widened when extract-service declares it must
        // be seen within seconds: with the default five-minute metadata age, statements of the added partitions
        // waited minutes for their first projection.
        settings.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
        return new ProjectionConsumerSettings(Map.copyOf(settings));
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<byte[], byte[]> projectionContainerFactory(
            ProjectionConsumerSettings settings, StoreProperties store) {
        var factory = new ConcurrentKafkaListenerContainerFactory<byte[], byte[]>();
        factory.setAutoStartup(store.consume());
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(settings.properties()));
        factory.setBatchListener(true);
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return factory;
    }

    @Bean
    DeadLetterPublishingRecoverer deadLetterPublisher(KafkaProperties kafka, TopicsProperties topics) {
        Map<String, Object> settings = new HashMap<>(kafka.buildProducerProperties());
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        var template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<byte[], byte[]>(settings));
        return new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(topics.statementsDlq(), -1));
    }
}
