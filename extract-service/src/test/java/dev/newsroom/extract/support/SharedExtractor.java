package dev.newsroom.extract.support;

import dev.newsroom.extractor.Extractor;
import dev.newsroom.extractor.ExtractorSettings;

/** The real extractor, loaded once per test JVM (its models take tens of seconds and GBs to load). */
public final class SharedExtractor {

    private SharedExtractor() {
    }

    public static Extractor get() {
        return Holder.EXTRACTOR;
    }

    private static final class Holder {
        static final Extractor EXTRACTOR = Extractor.create(ExtractorSettings.defaults());
    }
}
