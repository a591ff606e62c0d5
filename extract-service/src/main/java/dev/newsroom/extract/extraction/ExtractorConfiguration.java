package dev.newsroom.extract.extraction;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;

@Configuration(proxyBeanMethods = false)
class ExtractorConfiguration {

    /** The NLP models load once per process (tens of seconds, a few GB of heap); all workers share them. */
    @Bean
    ExtractorSettings extractorSettings() {
        return ExtractorSettings.defaults();
    }

    @Bean
    @ConditionalOnMissingBean
    Extractor extractor(ExtractorSettings settings) {
        return Extractor.create(settings);
    }

    @Bean
    BudgetedExtractor budgetedExtractor(Extractor extractor, ExtractorSettings settings, ExtractProperties extract,
            ExtractMetrics metrics) {
        return BudgetedExtractor.create(extractor, settings.maxChars(), extract, metrics);
    }
}
