package dev.newsroom.e2e.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;
import dev.newsroom.extractor.model.ArticleText;

/**
 * The yardstick of the pipeline benchmark: the extractor alone, in this process, without Kafka, HTTP
 * or MongoDB, on the articles the pipeline's throughput run gets. The end-to-end throughput is
 * reported as a share of this figure.
 */
final class ExtractorBaseline {

    private ExtractorBaseline() {
    }

    /**
     * Articles per second the extractor manages on {@code threads} threads over the articles from
     * {@code first} on, after a warm-up on the articles before them.
     */
    static double articlesPerSecond(BenchArticles source, int first, int articles, int threads)
            throws InterruptedException, ExecutionException {
        int warmUp = Math.min(20, first);
        try (Extractor extractor = Extractor.create(ExtractorSettings.defaults())) {
            for (int i = 0; i < warmUp; i++) {
                extractor.extract(source.text(first - 1 - i));
            }
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long start = System.nanoTime();
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < articles; i++) {
                    ArticleText text = source.text(first + i);
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
}
