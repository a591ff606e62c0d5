package dev.newsroom.e2e.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.newsroom.e2e.client.Article;
import dev.newsroom.e2e.generate.ArticleGenerator;
import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;
import dev.newsroom.extractor.model.ArticleText;

/**
 * The yardstick of the pipeline benchmark: the extractor alone, in this process, without Kafka, HTTP
 * or MongoDB, on articles of the same generator the pipeline gets. The end-to-end throughput is
 * reported as a share of this figure.
 */
final class ExtractorBaseline {

    private ExtractorBaseline() {
    }

    /** Articles per second the extractor manages on {@code threads} threads, after a warm-up. */
    static double articlesPerSecond(ArticleGenerator generator, int articles, int threads)
            throws InterruptedException, ExecutionException {
        int warmUp = Math.min(20, articles);
        try (Extractor extractor = Extractor.create(ExtractorSettings.defaults())) {
            for (int i = 0; i < warmUp; i++) {
                extractor.extract(text(generator.article(-1 - i)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long start = System.nanoTime();
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < articles; i++) {
                    ArticleText text = text(generator.article(-1 - warmUp - i));
                    runs.add(pool.submit(() -> extractor.extract(text)));
                }
                for (Future<?> run : runs) {
                    run.get();
                }
                return articles / ((System.nanoTime() - start) / 1e9);
            } finally {
                pool.shutdown();
            }
        }
    }

    private static ArticleText text(Article article) {
        return new ArticleText(article.url(), article.title(), article.body(),
                article.publishedAt(), "en");
    }
}
