package dev.newsroom.store.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.newsroom.store.StoreProperties;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Administration behind the bearer token: rebuilding the views from the topics. */
@RestController
@Tag(name = "Administration", description = "Operations behind the admin bearer token")
class AdminController {

    private final RebuildService rebuild;
    private final StoreProperties properties;

    AdminController(RebuildService rebuild, StoreProperties properties) {
        this.rebuild = rebuild;
        this.properties = properties;
    }

    /** Replays the topics into fresh collections and switches over when done; answers when it is live. */
    @PostMapping("/api/admin/rebuild-views")
    @Operation(summary = "Rebuild the views", description = "Replays news.statements and news.articles.raw into fresh"
            + " collections and switches over when done; answers when the new views are live.")
    @ApiResponse(responseCode = "200", description = "The rebuild's report: records replayed, skipped as poison, time taken")
    @ApiResponse(responseCode = "401", description = "No or wrong admin token (problem JSON)")
    @ApiResponse(responseCode = "409", description = "A rebuild is already running (problem JSON)")
    ResponseEntity<?> rebuildViews(@Parameter(description = "'Bearer <admin token>'", example = "Bearer choose-a-secret")
                                   @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        ProblemDetail refused = authorise(authorization);
        if (refused != null) {
            return ResponseEntity.of(refused).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        return ResponseEntity.ok(rebuild.rebuild());
    }

    private ProblemDetail authorise(String authorization) {
        String token = properties.adminToken();
        if (token == null || token.isBlank()) {
            return problem(HttpStatus.UNAUTHORIZED, "Admin endpoints are disabled: no admin token is configured "
                    + "(set NEWSROOM_INGEST_TOKEN or newsroom.store.admin-token)");
        }
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return problem(HttpStatus.UNAUTHORIZED, "Send the admin token as 'Authorization: Bearer <token>'");
        }
        byte[] given = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            return problem(HttpStatus.UNAUTHORIZED, "The bearer token is not the admin token");
        }
        return null;
    }

    @ExceptionHandler
    ProblemDetail inProgress(RebuildInProgressException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://newsroom.dev/problems/" + (status == HttpStatus.CONFLICT ? "rebuild-running" : "unauthorized")));
        return problem;
    }
}
