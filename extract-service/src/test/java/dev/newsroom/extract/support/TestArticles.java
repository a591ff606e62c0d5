package dev.newsroom.extract.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.newsroom.events.IngestSource;
import dev.newsroom.events.OffsetSegment;
import dev.newsroom.events.RawArticle;

/**
 * Short original test articles, and raw-article events built from paragraphs the way ingest-service
 * shapes them: the original text carries page debris (a caption, "Advertisement" lines, CRLF breaks)
 * that the cleaned text drops, and the offset map ties each cleaned paragraph to its original place.
 */
public final class TestArticles {

    public static final String FERRY_OPENING = "Harbour authority chief Elena Marsh said on Monday that the new ferry "
            + "terminal would open in April. \"We have waited long enough for this,\" Marsh told reporters.";
    public static final String FERRY_PROTEST = "Tomas Reyes, the leader of the fishermen's union, condemned the plan. "
            + "\"The terminal will push our boats out of the harbour,\" Reyes said.";
    public static final String FERRY_REVIEW = "City councillor Priya Natarajan said the council would review "
            + "the decision next month.";

    private static final String[] NAMES = {"Ana Folau", "Bruno Keller", "Chiara Monti", "Dmitri Volkov",
        "Esi Mensah", "Farid Haddad", "Greta Lund", "Hiro Tanaka", "Ines Duarte", "Jonas Berg"};
    private static final String[] TOWNS = {"Brookfield", "Carrow", "Dunmere", "Eastwick", "Fairholm",
        "Glenbrook", "Hollins", "Ivydale", "Juniper Bay", "Kestrel"};

    private TestArticles() {
    }

    /** A short article with one clear direct quote by a named mayor; {@code n} picks names and place. */
    public static String[] mayorArticle(int n) {
        String name = NAMES[n % NAMES.length];
        String town = TOWNS[(n / NAMES.length + n) % TOWNS.length];
        String surname = name.substring(name.indexOf(' ') + 1);
        return new String[] {
            "\"We will rebuild the library before winter,\" " + name + ", the mayor of " + town + ", said on Tuesday.",
            surname + " said the town had set aside money for the work."
        };
    }

    public static RawArticle english(String articleId, int version, String... paragraphs) {
        return article(articleId, version, "en", paragraphs);
    }

    public static RawArticle article(String articleId, int version, String language, String... paragraphs) {
        StringBuilder original = new StringBuilder("Photo: city archive\r\n");
        StringBuilder cleaned = new StringBuilder();
        List<OffsetSegment> segments = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                original.append("\r\n\r\nAdvertisement\r\n\r\n");
                cleaned.append("\n\n");
            }
            segments.add(new OffsetSegment(cleaned.length(), original.length(), paragraphs[i].length()));
            original.append(paragraphs[i]);
            cleaned.append(paragraphs[i]);
        }
        return RawArticle.newBuilder()
                .setArticleId(articleId)
                .setVersion(version)
                .setContentHash(Integer.toHexString(cleaned.toString().hashCode()))
                .setTitle("Test article " + articleId)
                .setPublishedAt(Instant.parse("2026-03-03T09:00:00Z"))
                .setLanguage(language)
                .setOriginalText(original.toString())
                .setCleanedText(cleaned.toString())
                .setOffsetMap(segments)
                .setContentType("text/plain")
                .setSource(IngestSource.HTTP)
                .setIngestedAt(Instant.parse("2026-03-03T09:05:00Z"))
                .build();
    }
}
