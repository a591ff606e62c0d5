package dev.newsroom.store.actors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import dev.newsroom.events.ActorKind;
import dev.newsroom.events.StatementType;
import dev.newsroom.store.StoreProperties;
import dev.newsroom.store.statements.StatementFilter;
import dev.newsroom.store.statements.StatementQueries;
import dev.newsroom.store.web.Page;
import dev.newsroom.store.web.PageRequest;
import dev.newsroom.store.web.Params;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Actors: the people, governments and organisations that speak or are spoken about. */
@RestController
@RequestMapping("/api/actors")
@Tag(name = "Actors", description = "People, governments, organisations and media that speak or are spoken about")
class ActorController {

    private final ActorQueries actors;
    private final StatementQueries statements;
    private final StoreProperties properties;

    ActorController(ActorQueries actors, StatementQueries statements, StoreProperties properties) {
        this.actors = actors;
        this.statements = statements;
        this.properties = properties;
    }

    /** Actors, optionally by name or alias ({@code q}, literal text), side and kind; most statements first. */
    @GetMapping
    @Operation(summary = "Search actors", description = "Actors whose name or an alias contains q (literally, any case):"
            + " those named exactly q first, then the others; most statements first within each.")
    @ApiResponse(responseCode = "200", description = "A page of actors: items (id, name, kind, side, statementCount,"
            + " targetedCount, countsByType, firstSeen, lastSeen), page, size, total")
    Page search(@Parameter(description = "Text in a name or alias, at most 200 characters", example = "weber")
                @RequestParam(required = false) String q,
                @Parameter(description = "Side code: ISO 3166-1 alpha-3 for states (FRA), a short code for bodies (UN)",
                        example = "FRA") @RequestParam(required = false) String side,
                @Parameter(description = "PERSON, GOVERNMENT, ORGANIZATION, MEDIA or UNNAMED", example = "PERSON")
                @RequestParam(required = false) String kind,
                @Parameter(description = "Page number, from 1 (default 1)", example = "1") @RequestParam(required = false) String page,
                @Parameter(description = "Page size, from 1 to the configured maximum (default: the configured page size)", example = "25") @RequestParam(required = false) String size) {
        return actors.search(Params.text("q", q), Params.side("side", side), Params.oneOf("kind", kind, ActorKind.class),
                PageRequest.of(page, size, properties));
    }

    /** One actor: names and aliases with counts, roles, counts by type, targets, disputes, recent statements. */
    @GetMapping("/{id}")
    @Operation(summary = "One actor", description = "Names and aliases with counts, roles with the articles that state"
            + " them, counts by statement type, whom they speak about and who speaks about them, their disputes, the"
            + " articles that are their evidence and their latest statements (all and by type).")
    @ApiResponse(responseCode = "200", description = "The actor")
    Map<String, Object> get(@Parameter(description = "Actor id", example = "gov:FRA") @PathVariable String id) {
        return actors.get(Params.id("id", id));
    }

    /** What the actor said, newest first. */
    @GetMapping("/{id}/statements")
    @Operation(summary = "What an actor said", description = "The actor's statements, newest first; undated ones last.")
    @ApiResponse(responseCode = "200", description = "A page of statements with their evidence spans")
    Page statements(@Parameter(description = "Actor id", example = "gov:FRA") @PathVariable String id,
                    @Parameter(description = "Statement type: STATEMENT, APPEAL, INTENT, APPROVE, DEMAND, DISAPPROVE,"
                            + " REJECT, THREATEN or PROTEST", example = "DEMAND") @RequestParam(required = false) String type,
                    @Parameter(description = "Page number, from 1 (default 1)", example = "1") @RequestParam(required = false) String page,
                    @Parameter(description = "Page size, from 1 to the configured maximum (default: the configured page size)", example = "25") @RequestParam(required = false) String size) {
        String actorId = Params.id("id", id);
        PageRequest request = PageRequest.of(page, size, properties);
        StatementType statementType = Params.oneOf("type", type, StatementType.class);
        long total = actors.statementCount(actorId, statementType);
        var filter = new StatementFilter(actorId, null, null, statementType, null, null, null);
        return statements.find(filter, request, OptionalLong.of(total));
    }
}
