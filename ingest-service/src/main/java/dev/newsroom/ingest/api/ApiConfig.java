package dev.newsroom.ingest.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.databind.ObjectMapper;

import dev.newsroom.ingest.IngestProperties;
import dev.newsroom.ingest.article.IngestMetrics;

/** Puts the bearer token check in front of {@code /api/*}. */
@Configuration
public class ApiConfig {

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(IngestProperties properties, ObjectMapper json,
                                                               IngestMetrics metrics) {
        FilterRegistrationBean<BearerTokenFilter> registration =
                new FilterRegistrationBean<>(new BearerTokenFilter(properties.requiredToken(), json, metrics));
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
