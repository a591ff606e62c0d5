package dev.newsroom.store.statements;

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
class StatementController {

    private final StatementQueries queries;
    private final StoreProperties properties;

    StatementController(StatementQueries queries, StoreProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    /** Statements matching every given filter, newest first; {@code from}/{@code to} are ISO dates or instants. */
    @GetMapping("/api/statements")
    Page find(@RequestParam(required = false) String actor, @RequestParam(required = false) String target,
              @RequestParam(required = false) String dispute, @RequestParam(required = false) String type,
              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
              @RequestParam(required = false) String article,
              @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
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
