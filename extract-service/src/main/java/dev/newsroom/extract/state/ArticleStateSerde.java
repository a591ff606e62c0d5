package dev.newsroom.extract.state;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

import tools.jackson.databind.json.JsonMapper;

/** The article-state store's value format (and so its changelog's): one JSON object per article. */
public final class ArticleStateSerde implements Serde<ArticleState> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public Serializer<ArticleState> serializer() {
        return (topic, state) -> state == null ? null : JSON.writeValueAsBytes(state);
    }

    @Override
    public Deserializer<ArticleState> deserializer() {
        return (topic, bytes) -> bytes == null ? null : JSON.readValue(bytes, ArticleState.class);
    }
}
