package dev.newsroom.extract.state;

import tools.jackson.databind.json.JsonMapper;

/** The state topic's value format: one JSON object per article state. */
public final class ArticleStateCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ArticleStateCodec() {
    }

    public static byte[] encode(ArticleState state) {
        return JSON.writeValueAsBytes(state);
    }

    public static ArticleState decode(byte[] value) {
        return JSON.readValue(value, ArticleState.class);
    }
}
