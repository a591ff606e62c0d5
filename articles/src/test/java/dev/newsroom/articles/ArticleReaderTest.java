package dev.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(1000);

    private static void assertRejected(Runnable read, RejectionReason reason, String detail) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ArticleRejectedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(detail);
        });
    }

    @Test
    void readsJsonArticles() {
        ArticleInput a = reader.read("""
                {"url": "https://example.org/a", "title": "T", "body": "Text.", "publishedAt": "2025-01-01",
                 "outlet": "O", "language": "en", "extra": [1, 2]}""".getBytes(StandardCharsets.UTF_8), ArticleFormat.JSON);
        assertThat(a).isEqualTo(new ArticleInput(ArticleFormat.TEXT, "Text.", "https://example.org/a", "T", "O", "2025-01-01", "en"));
        assertThat(reader.readJson("{\"html\": \"<p>x</p>\", \"title\": null}").format()).isEqualTo(ArticleFormat.HTML);
    }

    @Test
    void takesThePublicationDateFromTheFieldNamesFeedsUse() {
        assertThat(reader.readJson("{\"body\": \"x\", \"datePublished\": \"2016-03-02\"}").publishedAt()).isEqualTo("2016-03-02");
        assertThat(reader.readJson("{\"body\": \"x\", \"published\": \"2 March 2016\"}").publishedAt()).isEqualTo("2 March 2016");
        assertThat(reader.readJson("{\"body\": \"x\", \"date\": \"2016-03-01\", \"publishedAt\": \"2016-03-02\"}")
                .publishedAt()).isEqualTo("2016-03-02");
        assertRejected(() -> reader.readJson("{\"body\": \"x\", \"date\": 20160302}"), RejectionReason.WRONG_FIELD_TYPE,
                "\"date\" must be a string, not a number");
    }

    @Test
    void refusesBadBytes() {
        assertRejected(() -> reader.read(new byte[0], ArticleFormat.TEXT), RejectionReason.EMPTY_BODY, "empty");
        assertRejected(() -> reader.read(new byte[1001], ArticleFormat.TEXT), RejectionReason.TOO_LARGE, "1000 bytes");
        assertRejected(() -> reader.read(new byte[] {'a', 'b', (byte) 0xC3, '(', 'c'}, ArticleFormat.TEXT),
                RejectionReason.INVALID_UTF8, "byte offset 2");
        assertRejected(() -> reader.read(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, ArticleFormat.HTML),
                RejectionReason.BINARY, "binary");
        assertThat(reader.read("\uFEFFText".getBytes(StandardCharsets.UTF_8), ArticleFormat.TEXT).text()).isEqualTo("Text");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"body\": \"x\"|MALFORMED_JSON|line 1",
            "not json at all|MALFORMED_JSON|Malformed JSON",
            "[1, 2]|WRONG_FIELD_TYPE|not an array",
            "{\"body\": 42}|WRONG_FIELD_TYPE|\"body\" must be a string, not a number",
            "{\"body\": \"x\", \"title\": [\"a\"]}|WRONG_FIELD_TYPE|\"title\" must be a string, not an array",
            "{\"title\": \"only a title\"}|MISSING_BODY|\"body\"",
            "{\"body\": \"  \"}|MISSING_BODY|\"body\"",
            "'   '|EMPTY_BODY|empty",
    })
    void refusesBadJson(String json, RejectionReason reason, String detail) {
        assertRejected(() -> reader.readJson(json), reason, detail);
    }

    @Test
    void readsJsonLinesLineByLine() {
        List<ArticleReader.Line> lines = reader.readJsonLines("{\"body\": \"one\"}\n\n{\"body\": 1}\r\n{\"body\": \"three\"}\n");
        assertThat(lines).extracting(ArticleReader.Line::number).containsExactly(1, 3, 4);
        assertThat(lines.get(0).article().text()).isEqualTo("one");
        assertThat(lines.get(1).rejection().reason()).isEqualTo(RejectionReason.WRONG_FIELD_TYPE);
        assertThat(lines.get(2).article().text()).isEqualTo("three");
    }

    @Test
    void onlyLineFeedsEndJsonLines() {
        List<ArticleReader.Line> lines = reader.readJsonLines("{\"body\": \"one\"}\r\n\r\n{\"body\": \"two\rthree\"}\r");
        assertThat(lines).extracting(ArticleReader.Line::number).containsExactly(1, 3);
        assertThat(lines.get(0).article().text()).isEqualTo("one");
        assertThat(lines.get(1).rejection().reason()).isEqualTo(RejectionReason.MALFORMED_JSON);
    }

    @Test
    void knowsFormatsByMediaTypeAndFileName() {
        assertThat(ArticleFormat.ofMediaType("text/html; charset=UTF-8")).contains(ArticleFormat.HTML);
        assertThat(ArticleFormat.ofMediaType("image/png")).isEmpty();
        assertThat(ArticleFormat.ofFileName("a/B.HTM")).contains(ArticleFormat.HTML);
        assertThat(ArticleFormat.ofFileName("x.jsonl")).contains(ArticleFormat.JSON);
        assertThat(ArticleFormat.ofFileName("x.pdf")).isEmpty();
    }
}
