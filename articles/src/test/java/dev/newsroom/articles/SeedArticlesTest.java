package dev.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed article in {@code ../shared/seeds} (beside the repository root, or beside any folder above it, so
 * that git worktrees find it too): each piece of the cleaned text maps back to the identical characters of
 * the original. Skipped with a message when the folder is absent.
 */
class SeedArticlesTest {

    private static final ArticleCleaner CLEANER = new ArticleCleaner();

    static Stream<Path> seeds() throws IOException {
        Path dir = null;
        for (Path at = Path.of("").toAbsolutePath(); at != null && dir == null; at = at.getParent()) {
            Path candidate = at.resolve("shared").resolve("seeds");
            dir = Files.isDirectory(candidate) ? candidate : null;
        }
        Assumptions.assumeTrue(dir != null, "seed articles (../shared/seeds) not found above "
                + Path.of("").toAbsolutePath() + ": skipped");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> list = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
            Assumptions.assumeFalse(list.isEmpty(), "no .txt seed articles in " + dir + ": skipped");
            return list.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void cleanedTextMapsBackToTheIdenticalOriginalCharacters(Path seed) throws IOException {
        String original = Files.readString(seed, StandardCharsets.UTF_8);
        CleanedArticle article = CLEANER.clean(ArticleInput.plainText(original), Instant.parse("2026-01-15T12:00:00Z"));
        String cleaned = article.cleanedText();
        OffsetMap map = article.offsetMap();

        assertThat(article.originalText()).isEqualTo(original);
        assertThat(cleaned).isNotBlank().doesNotContain("\u00A0");
        for (OffsetMap.Segment s : map.segments()) {
            assertThat(cleaned.substring(s.cleanedStart(), s.cleanedEnd()))
                    .isEqualTo(original.substring(s.originalStart(), s.originalEnd()));
        }
        // every word, number and punctuation run: the mapped span holds exactly the same characters
        Matcher token = Pattern.compile("\\S+").matcher(cleaned);
        int tokens = 0;
        while (token.find()) {
            OffsetMap.Span span = map.toOriginal(token.start(), token.end());
            assertThat(original.substring(span.start(), span.end())).as("token at %d", token.start()).isEqualTo(token.group());
            tokens++;
        }
        assertThat(tokens).isGreaterThan(100);
        // every paragraph: the same text, separators aside (a no-break space in the original is a space here)
        for (String paragraph : cleaned.split("\n\n")) {
            int start = cleaned.indexOf(paragraph);
            OffsetMap.Span span = map.toOriginal(start, start + paragraph.length());
            assertThat(TextChars.normalise(original.substring(span.start(), span.end())))
                    .startsWith(TextChars.normalise(paragraph).substring(0, Math.min(40, paragraph.length())))
                    .endsWith(TextChars.normalise(paragraph).substring(Math.max(0, TextChars.normalise(paragraph).length() - 40)));
        }
        assertThat(article.language()).isEqualTo("en");
    }
}
