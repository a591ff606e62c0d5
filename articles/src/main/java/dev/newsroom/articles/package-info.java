/**
 * Article text handling shared by ingest-service and the offline extractor. The whole API:
 * <pre>{@code
 * ArticleReader reader = new ArticleReader();          // bytes or files -> ArticleInput; refuses bad input
 * ArticleCleaner cleaner = new ArticleCleaner();       // ArticleInput -> CleanedArticle; thread-safe, share it
 *
 * ArticleInput input = reader.readFile(path);          // .txt, .html, .json (or read(bytes, format), readJsonLines(text))
 * CleanedArticle article = cleaner.clean(input, Instant.now());
 * article.cleanedText();                               // what to analyse
 * article.offsetMap().toOriginal(start, end);          // a span of cleanedText -> the same characters in originalText
 * article.originalText();                              // what evidence offsets point into (the page source for HTML)
 *
 * ArticleIdentity.canonicalUrl(url);  ArticleIdentity.contentHash(cleanedText);  ArticleIdentity.articleId(canonicalUrl, hash);
 * }</pre>
 * Bad input raises {@link dev.newsroom.articles.ArticleRejectedException} carrying a
 * {@link dev.newsroom.articles.RejectionReason} and a message a user can act on. The cleaning rules live in
 * resource files next to these classes: {@code boilerplate-lines.txt}, {@code boilerplate-suffixes.txt},
 * {@code date-formats.txt}, {@code datelines.txt}, {@code html-noise.txt}, {@code tracking-parameters.txt}.
 */
package dev.newsroom.articles;
