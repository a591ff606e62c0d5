package dev.newsroom.ingest.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.ObjectMapper;

import dev.newsroom.ingest.article.IngestMetrics;

/**
 * Write endpoints under {@code /api/} need {@code Authorization: Bearer <token>}; anything else gets 401
 * problem JSON. Health and metrics live on the management port and stay open.
 */
public class BearerTokenFilter extends OncePerRequestFilter {

    private final byte[] expected;
    private final ObjectMapper json;
    private final IngestMetrics metrics;

    public BearerTokenFilter(String token, ObjectMapper json, IngestMetrics metrics) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.json = json;
        this.metrics = metrics;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (given != null && MessageDigest.isEqual(expected, given.strip().getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        metrics.rejected(ArticleController.sourceOf(request), IngestMetrics.UNAUTHORIZED);
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, IngestMetrics.UNAUTHORIZED, "Unauthorized",
                given == null ? "This endpoint needs an 'Authorization: Bearer <token>' header (the token of this ingest service)"
                        : "The bearer token is not the token of this ingest service");
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"newsroom-ingest\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}
