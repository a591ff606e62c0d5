package dev.newsroom.ingest.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

import dev.newsroom.articles.ArticleCleaner;
import dev.newsroom.articles.ArticleFormat;
import dev.newsroom.articles.ArticleIdentity;
import dev.newsroom.articles.ArticleInput;
import dev.newsroom.articles.ArticleRejectedException;
import dev.newsroom.articles.CleanedArticle;
import dev.newsroom.articles.OffsetMap;
import dev.newsroom.events.IngestSource;
import dev.newsroom.events.OffsetSegment;
import dev.newsroom.events.RawArticle;
import dev.newsroom.ingest.TopicNames;

/**
 * Cleans an article, works out its identity, and publishes a new {@link RawArticle} version unless the
 * same content is already in: the one path every door (HTTP, inbound topic, files) goes through.
 */
@Service
public class IngestService {

    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final ArticleCleaner cleaner;
    private final ArticleIndex index;
    private final KafkaTemplate<String, RawArticle> raw;
    private final String rawTopic;
    private final IngestMetrics metrics;
    private final Clock clock;

    public IngestService(ArticleCleaner cleaner, ArticleIndex index, KafkaTemplate<String, RawArticle> raw,
                         TopicNames topics, IngestMetrics metrics, Clock clock) {
        this.cleaner = cleaner;
        this.index = index;
        this.raw = raw;
        this.rawTopic = topics.articlesRaw();
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Ingests one article and waits for the broker's acknowledgement.
     *
     * @param arrivedAs the form it was submitted in (JSON articles are read into text or HTML input first)
     *
     * @throws ArticleRejectedException when the article cannot be accepted (the caller counts it, by its door)
     * @throws PublishFailedException   when the broker did not acknowledge it
     */
    public IngestResult ingest(ArticleInput input, ArticleFormat arrivedAs, IngestSource source) {
        return await(submit(input, arrivedAs, source));
    }

    /** Waits for a result of {@link #submit}, unwrapping its failure. */
    public static IngestResult await(CompletableFuture<IngestResult> pending) {
        try {
            return pending.get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new PublishFailedException("publishing failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException("the broker did not acknowledge within " + ACK_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while waiting for the broker", e);
        }
    }

    /**
     * Ingests one article; the result completes when its event is acknowledged (or at once for a duplicate).
     * Validation failures are thrown here, synchronously; publishing failures complete the result exceptionally.
     */
    public CompletableFuture<IngestResult> submit(ArticleInput input, ArticleFormat arrivedAs, IngestSource source) {
        Instant now = clock.instant();
        Optional<String> canonicalUrl = ArticleIdentity.canonicalUrl(input.url());
        CleanedArticle article = cleaner.clean(input, now);
        String contentHash = ArticleIdentity.contentHash(article.cleanedText());
        String articleId = ArticleIdentity.articleId(canonicalUrl.orElse(null), contentHash);

        Submission submission = new Submission(input, arrivedAs, source, now, article, canonicalUrl, contentHash, articleId);
        CompletableFuture<IngestResult> result;
        synchronized (IngestLocks.of(articleId)) {
            Optional<ArticleIndex.Entry> current = index.get(articleId);
            Optional<String> holder = index.articleWithContent(contentHash);
            if (current.isPresent() && current.get().contentHash().equals(contentHash)) {
                result = duplicateOf(articleId, current.get());
            } else if (holder.isPresent() && !holder.get().equals(articleId)) {
                result = index.get(holder.get()).map(e -> duplicateOf(holder.get(), e))
                        .orElseGet(() -> publish(submission, current));
            } else {
                result = publish(submission, current);
            }
        }
        return result.whenComplete((r, failure) -> {
            if (failure == null) {
                metrics.ingested(source, r);
            }
        });
    }

    private static CompletableFuture<IngestResult> duplicateOf(String articleId, ArticleIndex.Entry entry) {
        return entry.published().thenApply(ok -> new IngestResult(articleId, entry.version(), IngestResult.Status.DUPLICATE));
    }

    /** An article cleaned and identified, on its way to be published. */
    private record Submission(ArticleInput input, ArticleFormat arrivedAs, IngestSource source, Instant ingestedAt,
                              CleanedArticle article, Optional<String> canonicalUrl, String contentHash, String articleId) {
    }

    private CompletableFuture<IngestResult> publish(Submission s, Optional<ArticleIndex.Entry> current) {
        String articleId = s.articleId();
        CleanedArticle article = s.article();
        int version = current.map(e -> e.version() + 1).orElse(1);
        RawArticle event = RawArticle.newBuilder()
                .setArticleId(articleId)
                .setVersion(version)
                .setContentHash(s.contentHash())
                .setUrl(s.input().url())
                .setCanonicalUrl(s.canonicalUrl().orElse(null))
                .setTitle(article.title())
                .setOutlet(article.outlet())
                .setPublishedAt(article.publishedAt() == null ? null : article.publishedAt().instant())
                .setPublishedAtNote(article.publishedAt() == null ? null : article.publishedAt().note())
                .setLanguage(article.language())
                .setOriginalText(article.originalText())
                .setCleanedText(article.cleanedText())
                .setOffsetMap(segments(article.offsetMap()))
                .setContentType(s.arrivedAs().mediaType())
                .setSource(s.source())
                .setIngestedAt(s.ingestedAt())
                .build();
        CompletableFuture<?> sending;
        try {
            sending = raw.send(rawTopic, articleId, event);
        } catch (RuntimeException e) {
            sending = CompletableFuture.failedFuture(e);
        }
        CompletableFuture<IngestResult> published = sending
                .handle((sent, failure) -> {
                    if (failure != null) {
                        throw new PublishFailedException("the broker did not acknowledge article " + articleId
                                + " version " + version + ": " + rootMessage(failure), failure);
                    }
                    return new IngestResult(articleId, version, IngestResult.Status.ACCEPTED);
                });
        index.claim(articleId, new ArticleIndex.Entry(version, s.contentHash(), published));
        return published;
    }

    private static List<OffsetSegment> segments(OffsetMap map) {
        return map.segments().stream()
                .map(s -> new OffsetSegment(s.cleanedStart(), s.originalStart(), s.length()))
                .toList();
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }
}
