package dev.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class HtmlCleaningTest {

    private static final Instant INGESTED = Instant.parse("2025-03-10T08:00:00Z");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en-GB"><head>
              <title>Bridge closes for repairs | Example Daily</title>
              <meta property="og:site_name" content="Example Daily">
              <meta property="article:published_time" content="2025-02-20T07:15:00Z">
              <script>var tracking = "said the script";</script>
              <style>p { color: red }</style>
            </head><body>
              <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
              <div class="sidebar-menu"><ul><li>Sport</li><li>Weather</li></ul></div>
              <article>
                <h1>Bridge closes for repairs</h1>
                <figure><img src="x.jpg"><figcaption>The bridge at dusk. (A. Photographer / Agency)</figcaption></figure>
                <p>The city engineer said on Thursday that the bridge&nbsp;would close for six&nbsp;weeks.</p>
                <p>&ldquo;We have no choice,&rdquo; she said. Traffic &amp; buses will be diverted.</p>
                <div class="share-buttons">Share on Facebook</div>
                <p>Read more: Other bridges in trouble</p>
                <p>The council approved the budget   in
                   January.</p>
              </article>
              <aside class="related">Related: Ten bridges</aside>
              <footer>© Example Daily 2025</footer>
            </body></html>
            """;

    private final ArticleCleaner cleaner = new ArticleCleaner();

    @Test
    void keepsOnlyTheMainTextWithoutScriptsMenusCaptionsOrFooters() {
        CleanedArticle a = cleaner.clean(ArticleInput.html(PAGE), INGESTED);
        assertThat(a.cleanedText()).isEqualTo("""
                Bridge closes for repairs

                The city engineer said on Thursday that the bridge would close for six weeks.

                \u201CWe have no choice,\u201D she said. Traffic & buses will be diverted.

                The council approved the budget in January.""");
        assertThat(a.title()).isEqualTo("Bridge closes for repairs");
        assertThat(a.outlet()).isEqualTo("Example Daily");
        assertThat(a.publishedAt()).isEqualTo(new PublicationDate(Instant.parse("2025-02-20T07:15:00Z"), null));
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.originalText()).isEqualTo(PAGE);
    }

    @Test
    void everyWordMapsBackToTheSameCharactersInThePageSource() {
        CleanedArticle a = cleaner.clean(ArticleInput.html(PAGE), INGESTED);
        Matcher word = Pattern.compile("[\\p{L}\\p{N}]+").matcher(a.cleanedText());
        while (word.find()) {
            OffsetMap.Span span = a.offsetMap().toOriginal(word.start(), word.end());
            assertThat(PAGE.substring(span.start(), span.end())).isEqualTo(word.group());
        }
        int quote = a.cleanedText().indexOf("We have no choice");
        OffsetMap.Span span = a.offsetMap().toOriginal(quote, quote + "We have no choice".length());
        assertThat(PAGE.substring(span.start(), span.end())).isEqualTo("We have no choice");
        for (OffsetMap.Segment s : a.offsetMap().segments()) {
            assertThat(a.cleanedText().substring(s.cleanedStart(), s.cleanedEnd()))
                    .isEqualTo(PAGE.substring(s.originalStart(), s.originalEnd()));
        }
    }

    @Test
    void withoutAnArticleElementTheBlockWithMostParagraphTextIsChosen() {
        String page = "<html><body><div id='menu'><p>Home</p></div><div class='content'>"
                + "<p>First paragraph of the story, long enough to count.</p><p>Second paragraph, also long enough.</p></div>"
                + "<div class='footer-links'><p>Contact</p></div></body></html>";
        CleanedArticle a = cleaner.clean(ArticleInput.html(page), INGESTED);
        assertThat(a.cleanedText()).isEqualTo("First paragraph of the story, long enough to count.\n\nSecond paragraph, also long enough.");
    }

    @Test
    void aTypicalNewsPageYieldsTheHeadlineAndStoryParagraphsOnly() throws Exception {
        String page;
        try (var in = getClass().getResourceAsStream("/pages/news-page.html")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        CleanedArticle a = cleaner.clean(ArticleInput.html(page), INGESTED);
        assertThat(a.cleanedText()).isEqualTo("""
                Mayor backs tram plan

                The mayor said on Friday that the city would build a tram line to the airport.

                "This is the project of a generation," she told reporters at city hall.

                Opposition councillors said the cost was too high.

                They asked for an audit.""");
        assertThat(a.outlet()).isEqualTo("The Example Post");
        assertThat(a.publishedAt().instant()).isEqualTo(Instant.parse("2025-03-01T08:30:00Z"));
        int quote = a.cleanedText().indexOf("she told reporters");
        OffsetMap.Span span = a.offsetMap().toOriginal(quote, quote + "she told reporters".length());
        assertThat(page.substring(span.start(), span.end())).isEqualTo("she told reporters");
    }

    @Test
    void aPageWithNoTextIsRefused() {
        assertThatThrownBy(() -> cleaner.clean(ArticleInput.html("<html><head><script>x()</script></head><body><nav>Home</nav><img src=a.png></body></html>"), INGESTED))
                .isInstanceOfSatisfying(ArticleRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.NO_TEXT));
    }
}
