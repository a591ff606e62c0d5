package dev.newsroom.store.actors;

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
    Page search(@RequestParam(required = false) String q, @RequestParam(required = false) String side,
                @RequestParam(required = false) String kind,
                @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return actors.search(Params.text("q", q), Params.side("side", side), Params.oneOf("kind", kind, ActorKind.class),
                PageRequest.of(page, size, properties));
    }

    /** One actor: names and aliases with counts, roles, counts by type, targets, disputes, recent statements. */
    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return actors.get(Params.id("id", id));
    }

    /** What the actor said, newest first. */
    @GetMapping("/{id}/statements")
    Page statements(@PathVariable String id, @RequestParam(required = false) String type,
                    @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        String actorId = Params.id("id", id);
        PageRequest request = PageRequest.of(page, size, properties);
        StatementType statementType = Params.oneOf("type", type, StatementType.class);
        long total = actors.statementCount(actorId, statementType);
        var filter = new StatementFilter(actorId, null, null, statementType, null, null, null);
        return statements.find(filter, request, OptionalLong.of(total));
    }
}
