package dev.newsroom.store.articles;

import dev.newsroom.store.web.Params;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Articles: metadata, the original text, and every statement's evidence spans in it. */
@RestController
class ArticleController {

    private final ArticleQueries queries;

    ArticleController(ArticleQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/articles/{id}")
    Map<String, Object> get(@PathVariable String id) {
        return queries.get(Params.id("id", id));
    }
}
