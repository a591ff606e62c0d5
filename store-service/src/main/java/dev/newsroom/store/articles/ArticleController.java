package dev.newsroom.store.articles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.newsroom.store.web.Params;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Articles: metadata, the original text, and every statement's evidence spans in it. */
@RestController
@Tag(name = "Articles", description = "Articles with their original text and the evidence spans of their statements")
class ArticleController {

    private final ArticleQueries queries;

    ArticleController(ArticleQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/articles/{id}")
    @Operation(summary = "One article", description = "Metadata (title, outlet, url, publishedAt: null when unknown, with"
            + " publishedAtNote telling how it was worked out; ingestedAt: when it was received), the original text and"
            + " every live statement with its spans into that text. extraction.status is not_extracted, with reason"
            + " (code), description and detail, when extract-service could not extract its latest version (for example"
            + " over the time budget), so an article that failed never looks like one without statements; otherwise"
            + " extracted.")
    @ApiResponse(responseCode = "200", description = "The article")
    Map<String, Object> get(@Parameter(description = "Article id", example = "t-e54e65b6f486d95d") @PathVariable String id) {
        return queries.get(Params.id("id", id));
    }
}
