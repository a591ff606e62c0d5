package dev.newsroom.extract.state;

import java.util.HashMap;
import java.util.Map;

/**
 * The article states of the raw-article partitions one worker owns, kept per partition so a partition
 * can be dropped when it is revoked and restored when it is assigned. Only the worker thread uses it.
 */
public final class ArticleStates {

    private final Map<Integer, Map<String, ArticleState>> byPartition = new HashMap<>();

    public ArticleState get(int partition, String articleId) {
        return byPartition.getOrDefault(partition, Map.of()).get(articleId);
    }

    public void put(int partition, ArticleState state) {
        byPartition.computeIfAbsent(partition, p -> new HashMap<>()).put(state.articleId(), state);
    }

    public void replace(int partition, Map<String, ArticleState> states) {
        byPartition.put(partition, new HashMap<>(states));
    }

    public void drop(int partition) {
        byPartition.remove(partition);
    }

    public int size(int partition) {
        return byPartition.getOrDefault(partition, Map.of()).size();
    }
}
