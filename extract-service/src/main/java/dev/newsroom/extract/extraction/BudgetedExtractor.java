package dev.newsroom.extract.extraction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.common.errors.InterruptException;

import dev.newsroom.extract.ExtractProperties;
import dev.newsroom.extract.metrics.ExtractMetrics;
import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;
import dev.newsroom.extractor.model.TextSpan;

/**
 * Runs the shared extractor on one article within a time budget. An article longer than
 * {@code maxChars} (at most what the extractor accepts at once) is extracted in parts ({@link ArticleParts}), each with the budget, and the
 * statements' offsets are moved back into the whole text; the headline goes with the first part only.
 * The analysis runs on a pooled thread that is interrupted when the budget is spent, so one
 * pathological article cannot stall a partition: it fails with {@link ExtractionTimeoutException} and
 * goes to the DLQ.
 */
public final class BudgetedExtractor implements AutoCloseable {

    private final Supplier<Extractor> extractor;
    private final Duration budget;
    private final int maxChars;
    private final ExtractMetrics metrics;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "extractor");
        thread.setDaemon(true);
        return thread;
    });

    public BudgetedExtractor(Extractor extractor, Duration budget, int maxChars, ExtractMetrics metrics) {
        this(() -> extractor, budget, maxChars, metrics);
    }

    /** @param extractor gives the extractor, waiting while it loads (the wait is not part of any article's budget) */
    public BudgetedExtractor(Supplier<Extractor> extractor, Duration budget, int maxChars, ExtractMetrics metrics) {
        this.extractor = extractor;
        this.budget = budget;
        this.maxChars = maxChars;
        this.metrics = metrics;
    }

    /** The budget and part size of {@code extract}, parts no longer than the extractor takes at once. */
    public static BudgetedExtractor create(Extractor extractor, int extractorMaxChars, ExtractProperties extract,
            ExtractMetrics metrics) {
        return create(() -> extractor, extractorMaxChars, extract, metrics);
    }

    public static BudgetedExtractor create(Supplier<Extractor> extractor, int extractorMaxChars, ExtractProperties extract,
            ExtractMetrics metrics) {
        return new BudgetedExtractor(extractor, extract.articleTimeout(), Math.min(extractorMaxChars, extract.partChars()),
                metrics);
    }

    public List<ExtractedStatement> extract(ArticleText article) {
        Extractor loaded = extractor.get();
        String text = article.text() == null ? "" : article.text();
        List<ArticleParts.Part> parts = ArticleParts.split(text, maxChars);
        if (parts.size() == 1) {
            return extractWithinBudget(loaded, article);
        }
        List<ExtractedStatement> statements = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ArticleParts.Part part = parts.get(i);
            ArticleText partText = new ArticleText(article.id(), i == 0 ? article.title() : null, part.text(),
                    article.publishedAt(), article.language());
            extractWithinBudget(loaded, partText).forEach(s -> statements.add(shifted(s, part.offset())));
        }
        return statements;
    }

    private static ExtractedStatement shifted(ExtractedStatement s, int offset) {
        return new ExtractedStatement(s.speaker(), shifted(s.mention(), offset), shifted(s.cue(), offset),
                shifted(s.content(), offset), s.direct(), s.targets(), s.type(), s.stance(), s.via(), s.statedAt(),
                s.disputes(), s.topics());
    }

    private static TextSpan shifted(TextSpan span, int offset) {
        return span == null ? null : new TextSpan(span.text(), span.start() + offset, span.end() + offset);
    }

    private List<ExtractedStatement> extractWithinBudget(Extractor loaded, ArticleText article) {
        long started = System.nanoTime();
        Future<List<ExtractedStatement>> analysis = threads.submit(() -> loaded.extract(article));
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
