package dev.newsroom.articles;

import java.util.Locale;
import java.util.Optional;

/** The forms an article can be submitted in. */
public enum ArticleFormat {
    TEXT("text/plain"),
    HTML("text/html"),
    JSON("application/json");

    private final String mediaType;

    ArticleFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format of a media type such as {@code text/html; charset=utf-8}, if it is one of ours. */
    public static Optional<ArticleFormat> ofMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (bare) {
            case "text/plain" -> Optional.of(TEXT);
            case "text/html", "application/xhtml+xml" -> Optional.of(HTML);
            case "application/json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The format of a file by its extension: .txt, .html/.htm, .json (.jsonl files hold one JSON article a line). */
    public static Optional<ArticleFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl")) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }
}
