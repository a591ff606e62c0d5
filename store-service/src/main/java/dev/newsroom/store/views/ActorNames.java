package dev.newsroom.store.views;

import com.mongodb.client.model.Filters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Adds the current name, kind and side of each referenced actor to a ranked list of actor ids, from the actors' cards. */
public final class ActorNames {

    private ActorNames() {
    }

    public static List<Document> describe(ViewCollections views, List<Document> ranked) {
        if (ranked.isEmpty()) {
            return ranked;
        }
        Map<String, Document> actors = new HashMap<>();
        views.actorCards().find(Filters.in("_id", ranked.stream().map(d -> d.getString("id")).toList()))
                .forEach(d -> actors.put(d.getString("_id"), d));
        return ranked.stream().map(d -> {
            Document actor = actors.getOrDefault(d.getString("id"), new Document());
            return new Document(d).append("name", actor.getString("name"))
                    .append("kind", actor.getString("kind")).append("side", actor.getString("side"));
        }).toList();
    }
}
