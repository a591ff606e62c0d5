package dev.newsroom.ingest.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import dev.newsroom.ingest.identity.ArticleLookup;
import dev.newsroom.ingest.identity.ArticleView;
import dev.newsroom.ingest.identity.OwnerClient;

/**
 * What became of submitted articles, read from the identity store through interactive queries: any instance
 * answers, asking the instance that owns the article id's partition when it is not this one.
 */
@RestController
@Tag(name = "Articles", description = "Submitting articles")
@ApiResponse(responseCode = "503", description = "The store holding this article is starting, restoring or moving"
        + " between instances: ask again shortly (problem JSON, reason identity-unavailable)",
        content = @Content(mediaType = "application/problem+json"))
public class ArticleStatusController {

    private final ArticleLookup lookup;

    public ArticleStatusController(ArticleLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/api/articles/{articleId}")
    @Operation(summary = "An article's identity", description = "Its latest published version and content hash, and"
            + " the outcomes of its latest submissions (new, updated, duplicate). Version 0 and no hash when only"
            + " duplicates of other articles were submitted under this id.")
    @ApiResponse(responseCode = "200", description = "The article")
    @ApiResponse(responseCode = "404", description = "Nothing was decided under this id (yet)")
    public ResponseEntity<ArticleView> article(@PathVariable String articleId,
                                               @Parameter(hidden = true) @RequestHeader(value = OwnerClient.FORWARDED_HEADER,
                                                       required = false) String forwarded) {
        return ResponseEntity.of(lookup.find(articleId, forwarded != null));
    }

    @GetMapping("/api/articles/{articleId}/submissions/{submissionId}")
    @Operation(summary = "What became of one submission", description = "The status URL a submission's answer gives:"
            + " outcome pending until the article's partition decided it, then new (version 1 published), updated"
            + " (version N published) or duplicate (nothing published; duplicateOf names the article holding the same"
            + " content, which may be this one). An article remembers its latest 16 submissions.")
    @ApiResponse(responseCode = "200", description = "The submission's outcome")
    public SubmissionStatus submission(@PathVariable String articleId, @PathVariable String submissionId) {
        return lookup.find(articleId, false)
                .flatMap(article -> article.submissions().stream().filter(s -> s.submissionId().equals(submissionId))
                        .findFirst().map(decided -> SubmissionStatus.of(article, decided)))
                .orElseGet(() -> SubmissionStatus.pending(articleId, submissionId));
    }
}
