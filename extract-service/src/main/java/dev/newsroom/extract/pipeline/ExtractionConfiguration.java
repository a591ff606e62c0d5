package dev.newsroom.extract.pipeline;

import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.SchemaRegistryProperties;
import dev.newsroom.extract.TopicsProperties;
import dev.newsroom.extract.extraction.BudgetedExtractor;
import dev.newsroom.extract.metrics.ExtractMetrics;

@Configuration(proxyBeanMethods = false)
class ExtractionConfiguration {

    @Bean
    KafkaClients kafkaClients(KafkaProperties kafka, ExtractProperties extract, SchemaRegistryProperties registry) {
        return new KafkaClients(kafka, extract, registry);
    }

    @Bean
    ExtractionWorkerFactory extractionWorkerFactory(KafkaClients clients, ExtractProperties extract,
            TopicsProperties topics, BudgetedExtractor extractor, ExtractMetrics metrics) {
        return new ExtractionWorkerFactory(clients, extract, topics, extractor, metrics);
    }

    @Bean
    ExtractionWorkers extractionWorkers(ExtractionWorkerFactory factory, ExtractProperties extract) {
        return new ExtractionWorkers(factory, extract);
    }
}
