package dev.newsroom.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns submitted bytes into an {@link ArticleInput}, refusing what is not an article: empty, too large,
 * binary, invalid UTF-8, malformed JSON, JSON fields of the wrong type, JSON without a body. Thread-safe.
 * <p>
 * JSON articles are objects with the optional string fields {@code url}, {@code title}, {@code body} or
 * {@code html}, {@code publishedAt}, {@code outlet}, {@code language}; one of {@code body} and {@code html}
 * must hold text. The publication date may also be named as feeds and schema.org name it
 * ({@link #DATE_FIELDS}): the first one present is taken. Unknown fields are ignored.
 */
public final class ArticleReader {

    /** Default limit on the size of one article: 2 MB. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    /** The names a publication date goes by in JSON articles and feeds, in order of preference. */
    public static final List<String> DATE_FIELDS =
            List.of("publishedAt", "published_at", "published", "datePublished", "date", "pubDate");
    private static final List<String> STRING_FIELDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("url", "title", "body", "html", "outlet", "language"), DATE_FIELDS.stream()).toList();
    private static final int BINARY_SAMPLE = 8192;

    private final long maxBytes;
    private final ObjectMapper json = JsonMapper.builder().build();

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Reads one article of the given format from raw bytes (UTF-8). */
    public ArticleInput read(byte[] bytes, ArticleFormat format) {
        String text = decode(bytes);
        return format == ArticleFormat.JSON ? readJson(text) : new ArticleInput(format, text, null, null, null, null, null);
    }

    /** Reads a .txt, .html or .json file (for .jsonl files use {@link #readJsonLines(String)}). */
    public ArticleInput readFile(Path file) {
        ArticleFormat format = ArticleFormat.ofFileName(file.getFileName().toString())
                .orElseThrow(() -> new ArticleRejectedException(RejectionReason.UNSUPPORTED_FORMAT,
                        file + " is not a .txt, .html or .json file"));
        try {
            return read(Files.readAllBytes(file), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks the bytes are non-empty, within the size limit, text rather than binary, and valid UTF-8, and
     * decodes them. A leading byte-order mark is dropped.
     */
    public String decode(byte[] bytes) {
        return decode(bytes, maxBytes);
    }

    /** {@link #decode(byte[])} with another size limit, e.g. for a JSON Lines batch of many articles. */
    public String decode(byte[] bytes, long limit) {
        checkSize(bytes.length, limit);
        if (looksBinary(bytes)) {
            throw new ArticleRejectedException(RejectionReason.BINARY,
                    "The body is binary data (it contains NUL or other control bytes), not text");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            throw new ArticleRejectedException(RejectionReason.INVALID_UTF8,
                    "The body is not valid UTF-8: malformed byte sequence at byte offset " + in.position());
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(RejectionReason.INVALID_UTF8, "The body is not valid UTF-8: " + e);
        }
    }

    private static void checkSize(long length, long limit) {
        if (length == 0) {
            throw new ArticleRejectedException(RejectionReason.EMPTY_BODY, "The body is empty");
        }
        if (length > limit) {
            throw new ArticleRejectedException(RejectionReason.TOO_LARGE,
                    "The body has more than " + limit + " bytes, the limit for one article");
        }
    }

    /** Reads one JSON article object. */
    public ArticleInput readJson(String text) {
        if (text.isBlank()) {
            throw new ArticleRejectedException(RejectionReason.EMPTY_BODY, "The body is empty");
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            throw new ArticleRejectedException(RejectionReason.MALFORMED_JSON, "Malformed JSON" + where(e)
                    + ": " + e.getOriginalMessage());
        }
        return fromJson(node);
    }

    /**
     * Reads JSON Lines: one article object a line; blank lines are skipped. Each line yields either an
     * article or the reason it was refused, so one bad line does not spoil the rest.
     */
    public List<Line> readJsonLines(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        for (int start = 0; start <= text.length(); ) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            String line = text.substring(start, newline > start && text.charAt(newline - 1) == '\r' ? newline - 1 : end);
            number++;
            start = end + 1;
            if (line.isBlank()) {
                continue;
            }
            try {
                if (utf8Length(line) > maxBytes) {
                    throw new ArticleRejectedException(RejectionReason.TOO_LARGE,
                            "The line has more than " + maxBytes + " bytes, the limit for one article");
                }
                lines.add(new Line(number, readJson(line), null));
            } catch (ArticleRejectedException e) {
                lines.add(new Line(number, null, e));
            }
        }
        return lines;
    }

    private long utf8Length(String text) {
        return (long) text.length() * 3 <= maxBytes ? text.length() : text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** One line of a JSON Lines document: its 1-based number and either the article or the rejection. */
    public record Line(int number, ArticleInput article, ArticleRejectedException rejection) {
    }

    private ArticleInput fromJson(JsonNode node) {
        if (!node.isObject()) {
            throw new ArticleRejectedException(RejectionReason.WRONG_FIELD_TYPE,
                    "A JSON article must be an object with a \"body\" or \"html\" field, not " + describe(node));
        }
        Map<String, String> fields = new java.util.HashMap<>();
        for (String name : STRING_FIELDS) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isString()) {
                throw new ArticleRejectedException(RejectionReason.WRONG_FIELD_TYPE,
                        "Field \"" + name + "\" must be a string, not " + describe(value));
            }
            fields.put(name, value.stringValue());
        }
        String body = fields.get("body");
        String html = fields.get("html");
        boolean hasBody = body != null && !body.isBlank();
        boolean hasHtml = html != null && !html.isBlank();
        if (!hasBody && !hasHtml) {
            throw new ArticleRejectedException(RejectionReason.MISSING_BODY,
                    "A JSON article needs a non-empty \"body\" (plain text) or \"html\" field");
        }
        if (hasBody && hasHtml) {
            throw new ArticleRejectedException(RejectionReason.WRONG_FIELD_TYPE,
                    "Give either \"body\" or \"html\", not both");
        }
        return new ArticleInput(hasBody ? ArticleFormat.TEXT : ArticleFormat.HTML, hasBody ? body : html,
                fields.get("url"), fields.get("title"), fields.get("outlet"),
                DATE_FIELDS.stream().map(fields::get).filter(java.util.Objects::nonNull).findFirst().orElse(null),
                fields.get("language"));
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String where(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** NUL anywhere in the first 8 KB, or more than 1 in 20 bytes being control characters other than whitespace. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7F) {
                control++;
            }
        }
        return control * 20 > n;
    }
}
