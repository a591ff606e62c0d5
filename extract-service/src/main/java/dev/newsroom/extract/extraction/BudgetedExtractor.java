package dev.newsroom.extract.extraction;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.InterruptException;

import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;

/**
 * Runs the shared extractor on one article within a time budget. The analysis runs on a pooled
 * thread that is interrupted when the budget is spent, so one pathological article cannot stall a
 * partition: it fails with {@link ExtractionTimeoutException} and goes to the DLQ.
 */
public final class BudgetedExtractor implements AutoCloseable {

    private final Extractor extractor;
    private final Duration budget;
    private final ExtractMetrics metrics;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "extractor");
        thread.setDaemon(true);
        return thread;
    });

    public BudgetedExtractor(Extractor extractor, Duration budget, ExtractMetrics metrics) {
        this.extractor = extractor;
        this.budget = budget;
        this.metrics = metrics;
    }

    public List<ExtractedStatement> extract(ArticleText article) {
        long started = System.nanoTime();
        Future<List<ExtractedStatement>> analysis = threads.submit(() -> extractor.extract(article));
        try {
            return analysis.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        }
        catch (TimeoutException e) {
            analysis.cancel(true);
            throw new ExtractionTimeoutException(article.id(), budget);
        }
        catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Extraction of article " + article.id() + " failed", e.getCause());
        }
        catch (InterruptedException e) {
            analysis.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptException(e);
        }
        finally {
            metrics.extractionTook(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
