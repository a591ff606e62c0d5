package dev.newsroom.store.articles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.bson.Document;

/**
 * Whether an article was extracted, as the article API tells it: {@code not_extracted} with the reason when
 * extract-service dead-lettered its latest version, otherwise {@code extracted} (possibly without statements).
 */
final class ExtractionStatus {

    private static final Properties REASONS = load();

    private ExtractionStatus() {
    }

    static Map<String, Object> of(Document article) {
        Document failure = article.get("extraction", Document.class);
        Integer version = article.getInteger("version");
        Map<String, Object> status = new LinkedHashMap<>();
        if (failure != null && (failure.getInteger("version") == null || version == null
                || failure.getInteger("version") >= version)) {
            String reason = failure.getString("reason");
            status.put("status", "not_extracted");
            status.put("reason", reason);
            status.put("description", REASONS.getProperty(reason, reason));
            status.put("detail", failure.getString("message"));
        } else {
            status.put("status", "extracted");
        }
        return status;
    }

    private static Properties load() {
        Properties reasons = new Properties();
        try (InputStream in = ExtractionStatus.class.getResourceAsStream("/extraction-reasons.properties")) {
            reasons.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reasons;
    }
}
