package dev.newsroom.extractor.cli;

import dev.newsroom.articles.ArticleCleaner;
import dev.newsroom.articles.ArticleFormat;
import dev.newsroom.articles.ArticleInput;
import dev.newsroom.articles.ArticleReader;
import dev.newsroom.articles.CleanedArticle;
import dev.newsroom.extractor.model.ArticleText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Article files as the offline commands read them: .txt, .html and .json files found under the given
 * paths, in name order. Plain text is analysed as it is (the cleaner only tells its language and
 * publication date); HTML and JSON are cleaned as ingest cleans them.
 */
public final class ArticleFiles {

    /** One file read: what was in it, what cleaning made of it, and the text the extractor gets. */
    public record Loaded(ArticleInput input, CleanedArticle cleaned, ArticleText article, boolean plain) {
    }

    private final ArticleReader reader = new ArticleReader();
    private final ArticleCleaner cleaner = new ArticleCleaner();

    /** The article files at or under {@code paths}, sorted; a missing path is refused. */
    public static List<Path> find(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw new NoSuchFileException(p.toString(), null, "no such file or folder");
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> ArticleFormat.ofFileName(f.getFileName().toString()).isPresent())
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }

    /** Real articles the project may use: PolNeAR's beside the checkout, else the project's own eval texts. */
    public static List<Path> realCorpus() {
        Path root = Path.of(System.getenv().getOrDefault("NEWSROOM_ROOT", "."));
        Path polnear = root.resolve("../shared/eval/polnear-train/texts").normalize();
        if (Files.isDirectory(polnear)) {
            return List.of(polnear);
        }
        return List.of(root.resolve("eval/devset/texts"), root.resolve("eval/devset2/texts"));
    }

    public Loaded load(Path file) {
        ArticleInput input = reader.readFile(file);
        CleanedArticle cleaned = cleaner.clean(input, Instant.now());
        boolean plain = input.format() == ArticleFormat.TEXT;
        String text = plain ? input.text() : cleaned.cleanedText();
        Instant published = cleaned.publishedAt() == null ? null : cleaned.publishedAt().instant();
        String language = "und".equals(cleaned.language()) ? null : cleaned.language();
        ArticleText article = new ArticleText(file.getFileName().toString(), cleaned.title(), text, published, language);
        return new Loaded(input, cleaned, article, plain);
    }
}
