package dev.newsroom.store.projection;

import dev.newsroom.store.StoreProperties;
import dev.newsroom.store.actors.ActorViewBuilder;
import dev.newsroom.store.disputes.DisputeViewBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projectors, shared by the live consumers and the rebuild. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    StatementProjector statementProjector(StoreProperties properties) {
        return new StatementProjector(new ActorViewBuilder(properties.recentStatements()),
                new DisputeViewBuilder(properties.statementsPerSide()));
    }

    @Bean
    ArticleProjector articleProjector() {
        return new ArticleProjector();
    }
}
