package dev.newsroom.store.disputes;

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
class DisputeController {

    private final DisputeQueries queries;
    private final StoreProperties properties;

    DisputeController(DisputeQueries queries, StoreProperties properties) {
        this.queries = queries;
        this.properties = properties;
    }

    /** Disputes, the one with most statements first. */
    @GetMapping
    Page list(@RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return queries.list(PageRequest.of(page, size, properties));
    }

    /** One dispute: both sides with their latest statements, counts by type, topics, a daily timeline with tone. */
    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return queries.get(Params.id("id", id));
    }
}
