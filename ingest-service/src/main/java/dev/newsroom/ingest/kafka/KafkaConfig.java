package dev.newsroom.ingest.kafka;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import dev.newsroom.articles.ArticleCleaner;
import dev.newsroom.articles.ArticleReader;
import dev.newsroom.events.RawArticle;
import dev.newsroom.ingest.IngestProperties;
import dev.newsroom.ingest.SchemaRegistryProperties;
import dev.newsroom.ingest.TopicNames;
import dev.newsroom.ingest.article.LanguageModels;
import dev.newsroom.ingest.inbound.InboundRejects;
import dev.newsroom.serde.ConfluentAvroSerializer;

/**
 * Kafka wiring: the idempotent, acks=all producer of Avro {@link RawArticle}s (to the intake topic, keyed by content hash), the
 * producer of JSON rejects, the inbound consumer factory, and the topics this service owns (the identity step's
 * intake and claim topics among them; Kafka Streams creates only its store changelogs).
 */
@Configuration
@EnableKafka
public class KafkaConfig {

    /** Room for an article at the size limit twice over (original and cleaned text) plus its offset map. */
    public static final int MAX_RECORD_BYTES = 16 * 1024 * 1024;
    static final String REGISTRY_URL = "schema.registry.url";

    @Bean
    ArticleCleaner articleCleaner() {
        return new ArticleCleaner();
    }

    @Bean
    LanguageModels languageModels(ArticleCleaner cleaner) {
        return new LanguageModels(cleaner.preloadLanguageModelsInBackground());
    }

    @Bean
    ArticleReader articleReader(IngestProperties properties) {
        return new ArticleReader(properties.maxArticleSize().toBytes());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    KafkaTemplate<String, RawArticle> rawArticleTemplate(KafkaProperties kafka, SchemaRegistryProperties registry) {
        Map<String, Object> config = reliableProducer(kafka);
        config.put(REGISTRY_URL, registry.url());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new StringSerializer(),
                new ConfluentAvroSerializer<RawArticle>()));
    }

    @Bean
    KafkaTemplate<String, String> rejectTemplate(KafkaProperties kafka) {
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(reliableProducer(kafka), new StringSerializer(),
                new StringSerializer()));
    }

    private static Map<String, Object> reliableProducer(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_RECORD_BYTES);
        return config;
    }

    @Bean
    ConcurrentKafkaListenerContainerFactory<String, byte[]> inboundListenerFactory(KafkaProperties kafka,
                                                                                  IngestProperties properties,
                                                                                  InboundRejects rejects) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, properties.inboundGroupId());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_RECORD_BYTES);
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory = new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(new DefaultKafkaConsumerFactory<>(config, new StringDeserializer(),
                new ByteArrayDeserializer()));
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.RECORD);
        // a record the service could not publish (broker trouble) is retried, then rejected with the reason
        factory.setCommonErrorHandler(new DefaultErrorHandler(rejects::rejectAfterFailure, new FixedBackOff(1000, 3)));
        return factory;
    }

    @Bean
    KafkaAdmin.NewTopics ingestTopics(TopicNames topics, IngestProperties properties) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(topics.articlesInbound()).partitions(properties.partitions())
                        .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_RECORD_BYTES)).build(),
                TopicBuilder.name(topics.articlesRaw()).partitions(properties.partitions())
                        .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_RECORD_BYTES)).build(),
                TopicBuilder.name(topics.articlesRejected()).partitions(properties.partitions())
                        .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_RECORD_BYTES)).build(),
                TopicBuilder.name(topics.articlesIntake()).partitions(properties.partitions())
                        .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_RECORD_BYTES)).build(),
                TopicBuilder.name(topics.articleClaims()).partitions(properties.partitions())
                        .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_RECORD_BYTES)).build(),
                TopicBuilder.name(topics.claimChanges()).partitions(properties.partitions()).build());
    }
}
