package dev.newsroom.ingest.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.newsroom.articles.ArticleCleaner;
import dev.newsroom.articles.ArticleFormat;
import dev.newsroom.articles.ArticleInput;
import dev.newsroom.articles.ArticleReader;
import dev.newsroom.articles.ArticleRejectedException;
import dev.newsroom.articles.RejectionReason;
import dev.newsroom.events.IngestSource;
import dev.newsroom.ingest.IngestProperties;
import dev.newsroom.ingest.article.IngestMetrics;
import dev.newsroom.ingest.article.IngestResult;
import dev.newsroom.ingest.article.IngestService;
import dev.newsroom.ingest.article.PublishFailedException;

/**
 * {@code POST /api/articles} (one article: application/json, text/plain, text/html) and
 * {@code POST /api/articles/batch} (JSON Lines). 202 with the id and version once the broker has the event;
 * 200 with the existing id when the content was already in; problem JSON for anything refused.
 */
@RestController
public class ArticleController {

    /** Set by clients submitting files ({@code newsroom ingest}) so events say the article came from a file. */
    public static final String SOURCE_HEADER = "X-Newsroom-Source";

    private final ArticleReader reader;
    private final ArticleCleaner cleaner;
    private final IngestService ingest;
    private final IngestMetrics metrics;
    private final long maxBatchBytes;

    public ArticleController(ArticleReader reader, ArticleCleaner cleaner, IngestService ingest, IngestMetrics metrics,
                             IngestProperties properties) {
        this.reader = reader;
        this.cleaner = cleaner;
        this.ingest = ingest;
        this.metrics = metrics;
        this.maxBatchBytes = properties.maxBatchSize().toBytes();
    }

    @PostMapping("/api/articles")
    public ResponseEntity<ArticleReceipt> submit(HttpServletRequest request,
                                                 @RequestHeader(value = "Content-Type", required = false) String contentType,
                                                 @RequestParam(required = false) String publishedAt)
            throws IOException {
        PublishedAtParameter date = PublishedAtParameter.of(publishedAt, cleaner);
        ArticleFormat format = ArticleFormat.ofMediaType(contentType).orElseThrow(() -> new ArticleRejectedException(
                RejectionReason.UNSUPPORTED_FORMAT, "Content-Type " + (contentType == null ? "missing" : "'" + contentType + "'")
                + ": send application/json, text/plain or text/html (JSON Lines go to /api/articles/batch)"));
        byte[] body = readBody(request, reader.maxBytes());
        IngestResult result = ingest.ingest(date.applyTo(reader.read(body, format)), format, sourceOf(request));
        return ResponseEntity.status(result.accepted() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(ArticleReceipt.of(result));
    }

    @PostMapping("/api/articles/batch")
    public BatchReceipt submitBatch(HttpServletRequest request, @RequestParam(required = false) String publishedAt)
            throws IOException {
        PublishedAtParameter date = PublishedAtParameter.of(publishedAt, cleaner);
        IngestSource source = sourceOf(request);
        String text = reader.decode(readBody(request, maxBatchBytes), maxBatchBytes);
        List<ArticleReader.Line> lines = reader.readJsonLines(text);
        List<CompletableFuture<IngestResult>> pending = new ArrayList<>(lines.size());
        List<ArticleRejectedException> refused = new ArrayList<>(lines.size());
        for (ArticleReader.Line line : lines) {
            ArticleRejectedException rejection = line.rejection();
            CompletableFuture<IngestResult> submitted = null;
            if (rejection == null) {
                try {
                    submitted = ingest.submit(date.applyTo(line.article()), ArticleFormat.JSON, source);
                } catch (ArticleRejectedException e) {
                    rejection = e;
                }
            }
            if (rejection != null) {
                metrics.rejected(source, rejection.reason().code());
            }
            pending.add(submitted);
            refused.add(rejection);
        }
        List<BatchReceipt.LineResult> results = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int number = lines.get(i).number();
            if (refused.get(i) != null) {
                results.add(new BatchReceipt.LineResult(number, "rejected", null, null, Problems.of(refused.get(i))));
                continue;
            }
            try {
                IngestResult r = IngestService.await(pending.get(i));
                results.add(new BatchReceipt.LineResult(number, r.status().name().toLowerCase(Locale.ROOT),
                        r.articleId(), r.version(), null));
            } catch (PublishFailedException e) {
                metrics.rejected(source, IngestMetrics.PUBLISH_FAILED);
                results.add(new BatchReceipt.LineResult(number, "rejected", null, null,
                        Problems.of(HttpStatus.SERVICE_UNAVAILABLE, IngestMetrics.PUBLISH_FAILED, "Not published", e.getMessage())));
            }
        }
        return BatchReceipt.of(results);
    }

    /** Reads at most {@code limit} bytes, refusing a larger body without reading all of it. */
    private static byte[] readBody(HttpServletRequest request, long limit) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(limit);
            }
            return body;
        }
    }

    private static ArticleRejectedException tooLarge(long limit) {
        return new ArticleRejectedException(RejectionReason.TOO_LARGE,
                "The body has more than " + limit + " bytes, the limit for this endpoint");
    }

    static IngestSource sourceOf(HttpServletRequest request) {
        String declared = request.getHeader(SOURCE_HEADER);
        return declared != null && declared.strip().equalsIgnoreCase("file") ? IngestSource.FILE : IngestSource.HTTP;
    }
}
