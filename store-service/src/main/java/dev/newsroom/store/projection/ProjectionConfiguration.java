package dev.newsroom.store.projection;

import dev.newsroom.store.StoreProperties;
import dev.newsroom.store.actors.ActorView;
import dev.newsroom.store.disputes.DisputeView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projectors, shared by the live consumers and the rebuild. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    StatementProjector statementProjector(StoreProperties properties) {
        return new StatementProjector(new ActorView(properties.recentStatements()),
                new DisputeView(properties.statementsPerSide()), properties.cachedDocuments());
    }

    @Bean
    ArticleProjector articleProjector() {
        return new ArticleProjector();
    }
}
