package dev.newsroom.extractor;

import dev.newsroom.extractor.model.ArticleText;
import dev.newsroom.extractor.model.ExtractedStatement;

import java.time.Instant;
import java.util.List;

/** One extractor for every test class of the module: loading the models takes seconds. */
public final class SharedExtractor {

    private static final class Holder {
        static final Extractor INSTANCE = Extractor.create(ExtractorSettings.defaults());
    }

    private SharedExtractor() {
    }

    public static Extractor get() {
        return Holder.INSTANCE;
    }

    /** The statements of an English article published on Wednesday 15 May 2024, 12:00 UTC. */
    public static List<ExtractedStatement> extract(String text) {
        return get().extract(new ArticleText("test", null, text, Instant.parse("2024-05-15T12:00:00Z"), "en"));
    }
}
