package dev.newsroom.ingest.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import dev.newsroom.articles.ArticleRejectedException;
import dev.newsroom.articles.RejectionReason;

/** RFC 9457 problem details for refused articles: type {@code urn:newsroom:problem:<reason>}, plus a {@code reason} member. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(ArticleRejectedException e) {
        return of(statusOf(e.reason()), e.reason().code(), e.reason().title(), e.getMessage());
    }

    static ProblemDetail of(HttpStatus status, String reason, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:newsroom:problem:" + reason));
        problem.setTitle(title);
        problem.setProperty("reason", reason);
        return problem;
    }

    static HttpStatus statusOf(RejectionReason reason) {
        return switch (reason) {
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case BINARY, UNSUPPORTED_FORMAT -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case NO_TEXT -> HttpStatus.UNPROCESSABLE_CONTENT;
            case EMPTY_BODY, INVALID_UTF8, MALFORMED_JSON, WRONG_FIELD_TYPE, MISSING_BODY, INVALID_URL, INVALID_DATE ->
                    HttpStatus.BAD_REQUEST;
        };
    }
}
