package dev.newsroom.store.statements;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.newsroom.events.StatementType;
import dev.newsroom.store.StoreProperties;
import dev.newsroom.store.web.InvalidParameterException;
import dev.newsroom.store.web.Page;
import dev.newsroom.store.web.PageRequest;
import dev.newsroom.store.web.Params;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statements: who said what, about whom, when and where. */
@RestController
@Tag(name = "Statements", description = "Who said what, about whom, when, with the evidence in the article")
class StatementController {

    private final StatementQueries queries;
    private final StoreProperties properties;

    StatementController(StatementQueries queries, StoreProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    /** Statements matching every given filter, newest first; {@code from}/{@code to} are ISO dates or instants. */
    @GetMapping("/api/statements")
    @Operation(summary = "Find statements", description = "Statements matching every given filter, newest first;"
            + " a statement's date is the day it was made, else its article's publication day, else unknown (when null,"
            + " dateBasis 'unknown'; such statements come last and never match from/to).")
    @ApiResponse(responseCode = "200", description = "A page of statements: speaker, mention, cue, content (spans into"
            + " the article's original text), targets, type, stance, when, day, dateBasis, disputes, topics, article")
    Page find(@Parameter(description = "Speaker's actor id", example = "gov:FRA") @RequestParam(required = false) String actor,
              @Parameter(description = "Target's actor id", example = "gov:DEU") @RequestParam(required = false) String target,
              @Parameter(description = "Dispute id", example = "DEU~FRA") @RequestParam(required = false) String dispute,
              @Parameter(description = "Statement type", example = "REJECT") @RequestParam(required = false) String type,
              @Parameter(description = "From this ISO date or instant (inclusive)", example = "2030-03-01")
              @RequestParam(required = false) String from,
              @Parameter(description = "To this ISO date (inclusive) or instant (exclusive)", example = "2030-03-31")
              @RequestParam(required = false) String to,
              @Parameter(description = "Article id", example = "t-e54e65b6f486d95d") @RequestParam(required = false) String article,
              @Parameter(description = "Page number, from 1 (default 1)", example = "1") @RequestParam(required = false) String page,
              @Parameter(description = "Page size, from 1 to the configured maximum (default: the configured page size)", example = "25") @RequestParam(required = false) String size) {
        Instant fromInstant = Params.instant("from", from, false);
        Instant toInstant = Params.instant("to", to, true);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw new InvalidParameterException("to", "must be after 'from'");
        }
        var filter = new StatementFilter(Params.id("actor", actor), Params.id("target", target),
                Params.id("dispute", dispute), Params.oneOf("type", type, StatementType.class),
                fromInstant, toInstant, Params.id("article", article));
        return queries.find(filter, PageRequest.of(page, size, properties));
    }
}
