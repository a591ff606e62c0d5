package dev.newsroom.articles;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Identity of articles: canonical URLs, article ids and content hashes.
 * <ul>
 * <li>{@link #canonicalUrl}: scheme and host lower case, default port dropped, tracking parameters
 *     ({@code tracking-parameters.txt}) removed and the rest sorted, fragment dropped, trailing slash removed.</li>
 * <li>{@link #articleId}: {@code u-} and 16 hex digits of the SHA-256 of the canonical URL, or, without a
 *     URL, {@code t-} and 16 hex digits of the content hash.</li>
 * <li>{@link #contentHash}: SHA-256 (hex) of the cleaned text normalised (NFKC, white space collapsed).</li>
 * </ul>
 */
public final class ArticleIdentity {

    private static final int ID_HEX_DIGITS = 16;
    private static final List<String> TRACKING = ResourceLines.read("tracking-parameters.txt");

    private ArticleIdentity() {
    }

    /**
     * The canonical form of an http(s) URL; empty for a null or blank one.
     *
     * @throws ArticleRejectedException with {@link RejectionReason#INVALID_URL} when it is not an absolute http(s) URL
     */
    public static Optional<String> canonicalUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid(url, e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getRawAuthority() == null || uri.getHost() == null) {
            throw invalid(url, "an absolute http or https URL with a host is needed");
        }
        StringBuilder out = new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        int port = uri.getPort();
        if (port != -1 && !(port == 80 && scheme.equals("http")) && !(port == 443 && scheme.equals("https"))) {
            out.append(':').append(port);
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        while (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        out.append(path);
        String query = canonicalQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return Optional.of(out.toString());
    }

    /** The article id: from the canonical URL when there is one, otherwise from the content hash. */
    public static String articleId(String canonicalUrl, String contentHash) {
        if (canonicalUrl != null) {
            return "u-" + sha256(canonicalUrl).substring(0, ID_HEX_DIGITS);
        }
        return "t-" + contentHash.substring(0, ID_HEX_DIGITS);
    }

    /** SHA-256 (hex) of the text normalised: NFKC, every run of white space one space, trimmed. */
    public static String contentHash(String cleanedText) {
        return sha256(TextChars.normalise(cleanedText));
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        kept.sort(null);
        return String.join("&", kept);
    }

    private static boolean isTracking(String name) {
        for (String t : TRACKING) {
            if (t.endsWith("*") ? name.startsWith(t.substring(0, t.length() - 1)) : name.equals(t)) {
                return true;
            }
        }
        return false;
    }

    private static ArticleRejectedException invalid(String url, String why) {
        return new ArticleRejectedException(RejectionReason.INVALID_URL, "\"" + url + "\" is not a valid article URL: " + why);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
