package dev.newsroom.ingest.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
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
import dev.newsroom.ingest.identity.IntakeHeaders;

/**
 * Cleans an article, works out its identity and puts it on the intake topic, keyed by content hash, for the
 * identity step ({@link dev.newsroom.ingest.identity.IdentityTopology}) to deduplicate and version: the one
 * path every door (HTTP, inbound topic, files) goes through. Bad input is refused here, synchronously.
 */
@Service
public class IngestService {

    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final ArticleCleaner cleaner;
    private final KafkaTemplate<String, RawArticle> intake;
    private final String intakeTopic;
    private final Clock clock;

    public IngestService(ArticleCleaner cleaner, KafkaTemplate<String, RawArticle> intake, TopicNames topics, Clock clock) {
        this.cleaner = cleaner;
        this.intake = intake;
        this.intakeTopic = topics.articlesIntake();
        this.clock = clock;
    }

    /**
     * Takes in one article and waits for the broker's acknowledgement.
     *
     * @param arrivedAs the form it was submitted in (JSON articles are read into text or HTML input first)
     *
     * @throws ArticleRejectedException when the article cannot be accepted (the caller counts it, by its door)
     * @throws PublishFailedException   when the broker did not acknowledge it
     */
    public Submitted ingest(ArticleInput input, ArticleFormat arrivedAs, IngestSource source) {
        return await(submit(input, arrivedAs, source));
    }

    /** Waits for a result of {@link #submit}, unwrapping its failure. */
    public static Submitted await(CompletableFuture<Submitted> pending) {
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
     * Takes in one article; the result completes when the intake topic has it. Validation failures are thrown
     * here, synchronously; publishing failures complete the result exceptionally.
     */
    public CompletableFuture<Submitted> submit(ArticleInput input, ArticleFormat arrivedAs, IngestSource source) {
        Instant now = clock.instant();
        Optional<String> canonicalUrl = ArticleIdentity.canonicalUrl(input.url());
        CleanedArticle article = cleaner.clean(input, now);
        String contentHash = ArticleIdentity.contentHash(article.cleanedText());
        String articleId = ArticleIdentity.articleId(canonicalUrl.orElse(null), contentHash);
        String submissionId = UUID.randomUUID().toString();
        RawArticle event = RawArticle.newBuilder()
                .setArticleId(articleId)
                .setVersion(0)
                .setContentHash(contentHash)
                .setUrl(input.url())
                .setCanonicalUrl(canonicalUrl.orElse(null))
                .setTitle(article.title())
                .setOutlet(article.outlet())
                .setPublishedAt(article.publishedAt() == null ? null : article.publishedAt().instant())
                .setPublishedAtNote(article.publishedAt() == null ? null : article.publishedAt().note())
                .setLanguage(article.language())
                .setOriginalText(article.originalText())
                .setCleanedText(article.cleanedText())
                .setOffsetMap(segments(article.offsetMap()))
                .setContentType(arrivedAs.mediaType())
                .setSource(source)
                .setIngestedAt(now)
                .build();
        ProducerRecord<String, RawArticle> record = new ProducerRecord<>(intakeTopic, contentHash, event);
        IntakeHeaders.put(record.headers(), IntakeHeaders.ARTICLE_ID, articleId);
        IntakeHeaders.put(record.headers(), IntakeHeaders.SUBMISSION_ID, submissionId);
        CompletableFuture<?> sending;
        try {
            sending = intake.send(record);
        } catch (RuntimeException e) {
            sending = CompletableFuture.failedFuture(e);
        }
        return sending.handle((sent, failure) -> {
            if (failure != null) {
                throw new PublishFailedException("the broker did not take article " + articleId + ": "
                        + rootMessage(failure), failure);
            }
            return new Submitted(articleId, submissionId);
        });
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
