package dev.newsroom.ingest.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
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
import dev.newsroom.ingest.article.Submitted;
import dev.newsroom.ingest.article.IngestService;
import dev.newsroom.ingest.article.PublishFailedException;

/**
 * {@code POST /api/articles} (one article: application/json, text/plain, text/html) and
 * {@code POST /api/articles/batch} (JSON Lines). 202 with the article id and a status URL once the intake topic
 * has the article; deduplication and versioning happen after the answer, in the article's partition
 * ({@link ArticleStatusController} shows the outcome). Problem JSON, synchronously, for anything refused.
 */
@RestController
@Tag(name = "Articles", description = "Submitting articles")
@ApiResponse(responseCode = "401", description = "No or wrong bearer token (problem JSON, reason unauthorized)",
        content = @Content(mediaType = "application/problem+json"))
public class ArticleController {

    /** Set by clients submitting files ({@code newsroom ingest}) so events say the article came from a file. */
    public static final String SOURCE_HEADER = "X-Newsroom-Source";

    private static final String PUBLISHED_AT = "Publication date of the articles sent, overriding any date they give:"
            + " ISO-8601 (2016-03-02, 2016-03-02T14:30:00Z) or a form such as 'March 2, 2016'";

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
    @Operation(summary = "Submit one article", description = "The body is the article: text/plain (its first line is the"
            + " title unless it is clearly body text), text/html (the page; main text, title, date and outlet are taken"
            + " from it) or application/json (an object with body or html, and optional url, title, outlet, language and"
            + " the publication date as publishedAt, published, datePublished, date or pubDate). An article without a"
            + " recognisable date has an unknown publication date.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = "text/plain", examples = @ExampleObject(value = "Harbour reopens after storm\n\n"
                            + "The port authority said on Monday that the harbour would reopen.")),
                    @Content(mediaType = "text/html"),
                    @Content(mediaType = "application/json", examples = @ExampleObject(value = "{\"url\": "
                            + "\"https://example.org/harbour\", \"title\": \"Harbour reopens\", \"publishedAt\": "
                            + "\"2025-02-03T10:00:00Z\", \"body\": \"The port authority said the harbour would reopen.\"}"))}))
    @ApiResponse(responseCode = "202", description = "Taken in: articleId, submissionId, status 'submitted' and statusUrl"
            + " (also the Location header), where the outcome shows once decided: new, updated (with the version) or"
            + " duplicate (with the article holding the same content)")
    @ApiResponse(responseCode = "400", description = "Empty, invalid UTF-8, malformed JSON, a field of the wrong type, no"
            + " body, an invalid URL or publishedAt parameter (problem JSON)", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Larger than the article size limit (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "415", description = "Binary data or an unsupported Content-Type (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "422", description = "No text left once markup and page furniture are removed (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "503", description = "The broker did not take the article; nothing was submitted (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    public ResponseEntity<ArticleReceipt> submit(HttpServletRequest request,
                                                 @Parameter(description = "text/plain, text/html or application/json;"
                                                         + " charset UTF-8", example = "text/plain; charset=utf-8")
                                                 @RequestHeader(value = "Content-Type", required = false) String contentType,
                                                 @Parameter(description = PUBLISHED_AT, example = "2016-03-02")
                                                 @RequestParam(required = false) String publishedAt)
            throws IOException {
        PublishedAtParameter date = PublishedAtParameter.of(publishedAt, cleaner);
        ArticleFormat format = ArticleFormat.ofMediaType(contentType).orElseThrow(() -> new ArticleRejectedException(
                RejectionReason.UNSUPPORTED_FORMAT, "Content-Type " + (contentType == null ? "missing" : "'" + contentType + "'")
                + ": send application/json, text/plain or text/html (JSON Lines go to /api/articles/batch)"));
        byte[] body = readBody(request, reader.maxBytes());
        Submitted submitted = ingest.ingest(date.applyTo(reader.read(body, format)), format, sourceOf(request));
        return ResponseEntity.accepted().location(URI.create(ArticleReceipt.statusUrl(submitted)))
                .body(ArticleReceipt.of(submitted));
    }

    @PostMapping("/api/articles/batch")
    @Operation(summary = "Submit a batch of articles", description = "JSON Lines (application/jsonl): one JSON article"
            + " object a line, blank lines skipped. Each line is submitted (with its status URL) or rejected on its own;"
            + " one bad line does not spoil the rest.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content =
                    @Content(mediaType = "application/jsonl", examples = @ExampleObject(value =
                            "{\"title\": \"Harbour reopens\", \"body\": \"The port authority said the harbour would reopen.\"}\n"
                            + "{\"body\": \"The union said the strike was over.\", \"date\": \"2016-03-02\"}"))))
    @ApiResponse(responseCode = "200", description = "Counts (submitted, rejected) and one result per line: line, status,"
            + " articleId, submissionId and statusUrl, or the line's problem")
    @ApiResponse(responseCode = "400", description = "The batch is not UTF-8 text or the publishedAt parameter is not a"
            + " date (problem JSON)", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "Larger than the batch size limit (problem JSON)",
            content = @Content(mediaType = "application/problem+json"))
    public BatchReceipt submitBatch(HttpServletRequest request,
                                    @Parameter(description = PUBLISHED_AT, example = "2016-03-02")
                                    @RequestParam(required = false) String publishedAt)
            throws IOException {
        PublishedAtParameter date = PublishedAtParameter.of(publishedAt, cleaner);
        IngestSource source = sourceOf(request);
        String text = reader.decode(readBody(request, maxBatchBytes), maxBatchBytes);
        List<ArticleReader.Line> lines = reader.readJsonLines(text);
        List<CompletableFuture<Submitted>> pending = new ArrayList<>(lines.size());
        List<ArticleRejectedException> refused = new ArrayList<>(lines.size());
        for (ArticleReader.Line line : lines) {
            ArticleRejectedException rejection = line.rejection();
            CompletableFuture<Submitted> submitted = null;
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
                results.add(new BatchReceipt.LineResult(number, "rejected", null, null, null, Problems.of(refused.get(i))));
                continue;
            }
            try {
                Submitted r = IngestService.await(pending.get(i));
                results.add(new BatchReceipt.LineResult(number, "submitted", r.articleId(), r.submissionId(),
                        ArticleReceipt.statusUrl(r), null));
            } catch (PublishFailedException e) {
                metrics.rejected(source, IngestMetrics.PUBLISH_FAILED);
                results.add(new BatchReceipt.LineResult(number, "rejected", null, null, null,
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
