package dev.newsroom.ingest.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.newsroom.articles.ArticleRejectedException;
import dev.newsroom.ingest.article.IngestMetrics;
import dev.newsroom.ingest.article.PublishFailedException;
import dev.newsroom.ingest.identity.IdentityUnavailableException;

/** Turns refusals into RFC 9457 problem JSON and counts each by reason. */
@RestControllerAdvice
public class IngestProblemHandler {

    private final IngestMetrics metrics;

    public IngestProblemHandler(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @ExceptionHandler(ArticleRejectedException.class)
    ProblemDetail rejected(ArticleRejectedException e, HttpServletRequest request) {
        metrics.rejected(ArticleController.sourceOf(request), e.reason().code());
        return Problems.of(e);
    }

    @ExceptionHandler(IdentityUnavailableException.class)
    ResponseEntity<ProblemDetail> identityUnavailable(IdentityUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable", "Not available now", e.getMessage()));
    }

    @ExceptionHandler(PublishFailedException.class)
    ProblemDetail notPublished(PublishFailedException e, HttpServletRequest request) {
        metrics.rejected(ArticleController.sourceOf(request), IngestMetrics.PUBLISH_FAILED);
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, IngestMetrics.PUBLISH_FAILED, "Not published",
                e.getMessage() + "; nothing was published, try again");
    }
}
