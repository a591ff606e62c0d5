package dev.newsroom.ingest.identity;

import org.apache.kafka.streams.state.HostInfo;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.newsroom.ingest.IngestProperties;
import dev.newsroom.ingest.SchemaRegistryProperties;
import dev.newsroom.ingest.TopicNames;
import dev.newsroom.ingest.article.IngestMetrics;

@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    IdentityStreams identity(KafkaProperties kafka, IngestProperties ingest, TopicNames topics, SchemaRegistryProperties registry,
                             IngestMetrics metrics, ApplicationContext context) {
        return new IdentityStreams(IdentityTopology.build(topics, registry.url(), metrics),
                IdentityStreamsConfig.of(kafka, ingest, dev.newsroom.ingest.kafka.KafkaConfig.MAX_RECORD_BYTES),
                () -> new HostInfo(ingest.advertisedHost(), httpPort(context)));
    }

    /** The HTTP port other instances forward status queries to; none (0) where no web server runs. */
    private static int httpPort(ApplicationContext context) {
        return context instanceof WebServerApplicationContext web && web.getWebServer() != null ? web.getWebServer().getPort() : 0;
    }

    @Bean
    ArticleLookup articleLookup(IdentityStreams identity) {
        return new ArticleLookup(identity, new OwnerClient());
    }
}
