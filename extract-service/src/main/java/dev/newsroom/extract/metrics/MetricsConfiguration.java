package dev.newsroom.extract.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    ExtractMetrics extractMetrics(MeterRegistry registry) {
        return new ExtractMetrics(registry);
    }
}
