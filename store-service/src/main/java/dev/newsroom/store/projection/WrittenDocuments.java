package dev.newsroom.store.projection;

import com.mongodb.client.MongoCollection;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bson.Document;

/**
 * The actor and dispute documents the projector wrote last, so that the next batch folds its contributions into
 * them without reading them back. Sound because the projector is the only writer of a generation's documents: the
 * live projection writes the live generation, a rebuild its own. Least recently used documents are forgotten
 * beyond {@code capacity} and read from Mongo again when needed. Entries are keyed by collection namespace, which
 * names the generation, so documents of a generation dropped after a rebuild just age out.
 * <p>
 * The projector changes the documents it gets from here in place before writing them: if that write fails, the
 * cache no longer says what is stored, and {@link #clear()} must be called.
 */
final class WrittenDocuments {

    private record Key(String namespace, String id) {
    }

    private final LinkedHashMap<Key, Document> documents;

    WrittenDocuments(int capacity) {
        this.documents = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Document> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The cached documents among {@code ids}, by id. */
    synchronized Map<String, Document> get(MongoCollection<Document> collection, Collection<String> ids) {
        String namespace = collection.getNamespace().getFullName();
        Map<String, Document> found = new HashMap<>();
        for (String id : ids) {
            Document document = documents.get(new Key(namespace, id));
            if (document != null) {
                found.put(id, document);
            }
        }
        return found;
    }

    /** Records what was written: a document, or null for one deleted. */
    synchronized void written(MongoCollection<Document> collection, Map<String, Document> written) {
        String namespace = collection.getNamespace().getFullName();
        written.forEach((id, document) -> {
            if (document == null) {
                documents.remove(new Key(namespace, id));
            } else {
                documents.put(new Key(namespace, id), document);
            }
        });
    }

    /** Forgets the documents of these collections, which are about to be filled afresh. */
    synchronized void forget(Collection<MongoCollection<Document>> collections) {
        Set<String> namespaces = new HashSet<>();
        collections.forEach(c -> namespaces.add(c.getNamespace().getFullName()));
        documents.keySet().removeIf(key -> namespaces.contains(key.namespace()));
    }

    synchronized void clear() {
        documents.clear();
    }
}
