package dev.newsroom.ingest.article;

import java.util.concurrent.CompletableFuture;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The language detector's models, which load in the background while the service starts (seconds of a start on
 * the 2-core reference machine), reported as the {@code languageModels} health component: down while they load,
 * so the service says it is ready only once it can clean an article without waiting for them.
 */
public final class LanguageModels implements HealthIndicator {

    private final CompletableFuture<Void> loaded;

    public LanguageModels(CompletableFuture<Void> loaded) {
        this.loaded = loaded;
    }

    @Override
    public Health health() {
        if (!loaded.isDone()) {
            return Health.down().withDetail("models", "loading").build();
        }
        return loaded.handle((done, failure) -> failure == null
                ? Health.up().withDetail("models", "loaded").build()
                : Health.down().withDetail("models", "failed").withDetail("error", failure.toString()).build()).join();
    }
}
