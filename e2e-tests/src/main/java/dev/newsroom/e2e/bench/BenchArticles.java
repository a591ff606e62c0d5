package dev.newsroom.e2e.bench;

import dev.newsroom.e2e.client.Article;
import dev.newsroom.e2e.generate.ArticleGenerator;
import dev.newsroom.extractor.cli.ArticleFiles;
import dev.newsroom.extractor.model.ArticleText;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the pipeline benchmark feeds: real article files taken in turn, or generated articles. Article
 * {@code i} of a run has its own URL, and a real text ends in a line naming the run and the copy, since
 * ingest takes the same content under another URL for a duplicate and would not extract it again.
 */
final class BenchArticles {

    private final List<ArticleText> texts;
    private final ArticleGenerator generator;
    private final String run;

    private BenchArticles(List<ArticleText> texts, ArticleGenerator generator, String run) {
        this.texts = texts;
        this.generator = generator;
        this.run = run;
    }

    /** The article files under {@code paths} (the real corpus when none are given). */
    static BenchArticles real(List<Path> paths) throws IOException {
        ArticleFiles reader = new ArticleFiles();
        List<ArticleText> texts = ArticleFiles.find(paths.isEmpty() ? ArticleFiles.realCorpus() : paths).stream()
                .map(f -> reader.load(f).article()).toList();
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no article files under " + paths);
        }
        return new BenchArticles(texts, null, Long.toString(System.currentTimeMillis(), 36));
    }

    static BenchArticles generated() {
        long seed = System.currentTimeMillis();
        return new BenchArticles(List.of(), new ArticleGenerator(seed, Instant.now().minus(Duration.ofDays(30))),
                Long.toString(seed, 36));
    }

    String describe() {
        return texts.isEmpty() ? "generated articles" : texts.size() + " real article files, taken in turn";
    }

    Article article(int index) {
        if (texts.isEmpty()) {
            return generator.article(index);
        }
        ArticleText text = texts.get(index % texts.size());
        return new Article("https://bench.newsroom.invalid/" + run + "/" + index, text.title(),
                text.text() + "\n\n(newsroom bench " + run + ", copy " + index + ")", text.publishedAt(), null);
    }

    /** Article {@code index} as the extractor gets it. */
    ArticleText text(int index) {
        Article a = article(index);
        return new ArticleText(a.url(), a.title(), a.body(), a.publishedAt(), "en");
    }
}
