package dev.newsroom.e2e.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.newsroom.e2e.client.NewsroomApi;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads the store's views through its public REST API, page by page. */
public final class StoreViews {

    private static final int PAGE_SIZE = 100;

    private final NewsroomApi api;

    public StoreViews(NewsroomApi api) {
        this.api = api;
    }

    /** Every item of a paged list endpoint ({@code path} may carry a query). */
    public List<JsonNode> all(String path) {
        List<JsonNode> items = new ArrayList<>();
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 1; ; page++) {
            JsonNode result = api.get(path + separator + "page=" + page + "&size=" + PAGE_SIZE);
            result.path("items").forEach(items::add);
            if (result.path("items").isEmpty() || items.size() >= result.path("total").asLong()) {
                return items;
            }
        }
    }

    public JsonNode get(String path) {
        return api.get(path);
    }

    public int status(String path) {
        return api.status(path);
    }

    /** The live statements of one article. */
    public List<JsonNode> statementsOfArticle(String articleId) {
        return all("/api/statements?article=" + encode(articleId));
    }

    public static Set<String> ids(List<JsonNode> items) {
        Set<String> ids = new LinkedHashSet<>();
        items.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    /**
     * Everything the API shows: every statement, every actor with its detail and statements, every
     * dispute with its detail. Two equal snapshots mean no view changed.
     */
    public JsonNode snapshot() {
        ObjectNode snapshot = NewsroomApi.json().createObjectNode();
        snapshot.set("statements", array(all("/api/statements")));
        ObjectNode actors = snapshot.putObject("actors");
        for (JsonNode actor : all("/api/actors")) {
            String id = actor.path("id").asString();
            ObjectNode entry = actors.putObject(id);
            entry.set("listed", actor);
            entry.set("detail", api.get("/api/actors/" + encode(id)));
            entry.set("statements", array(all("/api/actors/" + encode(id) + "/statements")));
        }
        ObjectNode disputes = snapshot.putObject("disputes");
        for (JsonNode dispute : all("/api/disputes")) {
            String id = dispute.path("id").asString();
            disputes.putObject(id).set("detail", api.get("/api/disputes/" + encode(id)));
        }
        return snapshot;
    }

    private static JsonNode array(List<JsonNode> items) {
        var array = NewsroomApi.json().createArrayNode();
        items.forEach(array::add);
        return array;
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
