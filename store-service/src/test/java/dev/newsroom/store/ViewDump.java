package dev.newsroom.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import dev.newsroom.store.views.ViewCollections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Every document of a generation's views, by collection, ordered by id: what tests compare. */
public final class ViewDump {

    private ViewDump() {
    }

    public static Map<String, List<Document>> of(ViewCollections views) {
        Map<String, List<Document>> dump = new LinkedHashMap<>();
        dump.put("statements", all(views.statements()));
        dump.put("actors", all(views.actors()));
        dump.put("disputes", all(views.disputes()));
        dump.put("articles", all(views.articles()));
        dump.put("actorCards", all(views.actorCards()));
        dump.put("disputeIndex", all(views.disputeIndex()));
        return dump;
    }

    private static List<Document> all(MongoCollection<Document> collection) {
        return collection.find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
