package dev.newsroom.extract.extraction;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;

@Configuration(proxyBeanMethods = false)
class ExtractorConfiguration {

    /** Unless {@link ExtractorLoading#startEarly()} gave the context its settings and loading already. */
    @Bean
    @ConditionalOnMissingBean
    ExtractorSettings extractorSettings() {
        return ExtractorSettings.defaults();
    }

    /** The NLP models load once per process (seconds, most of the heap); all stream threads share them. */
    @Bean
    @Lazy
    @ConditionalOnMissingBean
    Extractor extractor(ExtractorSettings settings) {
        return Extractor.create(settings);
    }

    /** Created first thing, so the models load while the rest of the application starts. */
    @Bean
    @ConditionalOnMissingBean
    ExtractorLoading extractorLoading(ObjectProvider<Extractor> extractor) {
        return new ExtractorLoading(extractor::getObject);
    }

    @Bean
    BudgetedExtractor budgetedExtractor(ExtractorLoading extractor, ExtractorSettings settings, ExtractProperties extract,
            ExtractMetrics metrics) {
        return BudgetedExtractor.create(extractor, settings.maxChars(), extract, metrics);
    }
}
