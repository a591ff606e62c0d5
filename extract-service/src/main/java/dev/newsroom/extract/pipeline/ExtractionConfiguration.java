package dev.newsroom.extract.pipeline;

import java.time.Clock;

import org.apache.kafka.common.config.TopicConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.SchemaRegistryProperties;
import dev.newsroom.extract.TopicsProperties;
import dev.newsroom.extract.extraction.BudgetedExtractor;
import dev.newsroom.extract.extraction.ExtractorLoading;
import dev.newsroom.extract.metrics.ExtractMetrics;

@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    /**
     * The topics this service reads and writes, created at start-up when missing (Kafka Streams creates only its
     * own changelog). The raw topic too, so this service can start before ingest-service.
     */
    @Bean
    KafkaAdmin.NewTopics extractTopics(TopicsProperties topics, ExtractProperties extract) {
        return new KafkaAdmin.NewTopics(
                TopicBuilder.name(topics.articlesRaw()).partitions(extract.partitions())
                        .replicas(extract.replicationFactor()).build(),
                TopicBuilder.name(topics.statements()).partitions(extract.partitions())
                        .replicas(extract.replicationFactor()).build(),
                TopicBuilder.name(topics.extractionDlq()).partitions(extract.partitions())
                        .replicas(extract.replicationFactor())
                        .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                                Integer.toString(ExtractionStreamsConfig.DLQ_MAX_MESSAGE_BYTES)).build());
    }

    /**
     * Started as soon as it is created, not once the whole context has started: joining the group and opening the
     * store take about a second of waiting on the broker, which then passes while the models load instead of after
     * them. The topics are created first (the admin would create them only once every bean exists): Kafka
     * Streams cannot start without them.
     */
    @Bean
    ExtractionStreams extraction(KafkaProperties kafka, ExtractProperties extract, TopicsProperties topics,
            SchemaRegistryProperties registry, BudgetedExtractor extractor, ExtractorLoading loading, ExtractMetrics metrics,
            KafkaAdmin admin) {
        admin.initialize();
        ExtractionStreams streams = new ExtractionStreams(
                ExtractionTopology.build(topics, registry.url(), extractor, metrics, Clock.systemUTC()),
                ExtractionStreamsConfig.of(kafka, extract), loading::loaded, loading::status);
        streams.start();
        return streams;
    }
}
