package dev.newsroom.articles;

/**
 * An article as submitted, before cleaning: the text in its format (plain text, or the page source for
 * HTML) and whatever metadata came with it. Every field but {@code text} and {@code format} may be null.
 *
 * @param publishedAt the publication date as given (ISO-8601 or a form news pages use), not yet parsed
 */
public record ArticleInput(ArticleFormat format, String text, String url, String title, String outlet,
                           String publishedAt, String language) {

    public ArticleInput {
        if (format == null || text == null) {
            throw new IllegalArgumentException("an article needs a format and a text");
        }
        if (format == ArticleFormat.JSON) {
            throw new IllegalArgumentException("JSON is read into its text and fields by ArticleReader first");
        }
    }

    /** The same article with its publication date declared as {@code publishedAt} (ISO-8601 or a form news pages use). */
    public ArticleInput withPublishedAt(String publishedAt) {
        return new ArticleInput(format, text, url, title, outlet, publishedAt, language);
    }

    public static ArticleInput plainText(String text) {
        return new ArticleInput(ArticleFormat.TEXT, text, null, null, null, null, null);
    }

    public static ArticleInput html(String pageSource) {
        return new ArticleInput(ArticleFormat.HTML, pageSource, null, null, null, null, null);
    }
}
