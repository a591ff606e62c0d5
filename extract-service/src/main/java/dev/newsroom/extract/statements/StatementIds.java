package dev.newsroom.extract.statements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.newsroom.events.StatementEventType;

/**
 * Deterministic ids. A statement id depends only on what the statement is (article, the speaker's
 * words, cue words, content words, and which occurrence of that same triple it is), never on offsets
 * or on how the speaker was resolved, so it
 * survives edits elsewhere in the article. An event id depends on the statement, the article version
 * and the event type, so re-processing the same version yields the same event ids.
 */
public final class StatementIds {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

    private StatementIds() {
    }

    public static String statementId(String articleId, String speakerWords, String cue, String content, int occurrence) {
        return "stmt-" + hash(articleId, normalise(speakerWords), normalise(cue), normalise(content), Integer.toString(occurrence));
    }

    public static String eventId(String articleId, int articleVersion, String statementId, StatementEventType type) {
        return "evt-" + hash(articleId, Integer.toString(articleVersion), statementId, type.name());
    }

    /**
     * Text as compared for identity: compatibility-normalised (curly quotes and dashes to their plain
     * forms), lower case, whitespace collapsed, leading and trailing punctuation dropped.
     */
    public static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]", "\"")
                .replaceAll("[\u2010-\u2015\u2212]", "-")
                .toLowerCase(Locale.ROOT);
        return EDGE_PUNCTUATION.matcher(SPACES.matcher(plain).replaceAll(" ")).replaceAll("");
    }

    private static String hash(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
