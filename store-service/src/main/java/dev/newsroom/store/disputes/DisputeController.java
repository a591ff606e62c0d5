package dev.newsroom.store.disputes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.newsroom.store.StoreProperties;
import dev.newsroom.store.web.Page;
import dev.newsroom.store.web.PageRequest;
import dev.newsroom.store.web.Params;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Disputes: pairs of sides with at least one conflictual statement between them. */
@RestController
@RequestMapping("/api/disputes")
@Tag(name = "Disputes", description = "Pairs of sides with conflictual statements between them")
class DisputeController {

    private final DisputeQueries queries;
    private final StoreProperties properties;

    DisputeController(DisputeQueries queries, StoreProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    /** Disputes, the one with most statements first. */
    @GetMapping
    @Operation(summary = "List disputes", description = "Disputes, the one with most statements first.")
    @ApiResponse(responseCode = "200", description = "A page of disputes: id (two side codes joined by ~), both sides"
            + " with their statement counts, statementCount, articleCount, firstStatementAt, lastStatementAt")
    Page list(@Parameter(description = "Page number, from 1 (default 1)", example = "1") @RequestParam(required = false) String page,
              @Parameter(description = "Page size, from 1 to the configured maximum (default: the configured page size)", example = "25") @RequestParam(required = false) String size) {
        return queries.list(PageRequest.of(page, size, properties));
    }

    /** One dispute: both sides with their latest statements, counts by type, topics, a daily timeline with tone. */
    @GetMapping("/{id}")
    @Operation(summary = "One dispute", description = "Both sides with their latest statements, counts by type, speakers"
            + " and undated statement counts, topics, a daily timeline with tone (statement or publication days; undated"
            + " statements are counted apart), and the articles that are its evidence.")
    @ApiResponse(responseCode = "200", description = "The dispute")
    Map<String, Object> get(@Parameter(description = "Two side codes in alphabetical order joined by ~", example = "DEU~FRA")
                            @PathVariable String id) {
        return queries.get(Params.id("id", id));
    }
}
