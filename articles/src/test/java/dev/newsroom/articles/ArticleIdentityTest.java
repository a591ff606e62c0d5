package dev.newsroom.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleIdentityTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "HTTPS://News.Example.COM/World/story-1/|https://news.example.com/World/story-1",
            "https://news.example.com:443/a?utm_source=tw&utm_medium=social&id=7#comments|https://news.example.com/a?id=7",
            "http://news.example.com:80/a?fbclid=XyZ&gclid=1&b=2&a=1|http://news.example.com/a?a=1&b=2",
            "http://news.example.com:8080|http://news.example.com:8080/",
            "https://news.example.com/a?MC_CID=1&_ga=2&ref_src=twsrc|https://news.example.com/a",
    })
    void canonicalisesUrls(String url, String canonical) {
        assertThat(ArticleIdentity.canonicalUrl(url)).contains(canonical);
    }

    @Test
    void urlsThatDifferOnlyInTrackingShareTheArticleId() {
        String a = ArticleIdentity.canonicalUrl("https://example.org/news/1?utm_campaign=x").orElseThrow();
        String b = ArticleIdentity.canonicalUrl("https://EXAMPLE.org/news/1/#top").orElseThrow();
        String other = ArticleIdentity.canonicalUrl("https://example.org/news/2").orElseThrow();
        assertThat(ArticleIdentity.articleId(a, "00")).isEqualTo(ArticleIdentity.articleId(b, "11")).startsWith("u-").hasSize(18);
        assertThat(ArticleIdentity.articleId(other, "00")).isNotEqualTo(ArticleIdentity.articleId(a, "00"));
    }

    @Test
    void withoutUrlTheIdComesFromTheNormalisedText() {
        String hash = ArticleIdentity.contentHash("Officials met\u00A0on  Tuesday.\n\nThey agreed. ");
        assertThat(hash).isEqualTo(ArticleIdentity.contentHash("Officials met on Tuesday. They agreed."));
        assertThat(hash).isNotEqualTo(ArticleIdentity.contentHash("Officials met on Wednesday. They agreed."));
        assertThat(hash).hasSize(64);
        assertThat(ArticleIdentity.articleId(null, hash)).isEqualTo("t-" + hash.substring(0, 16));
        assertThat(ArticleIdentity.canonicalUrl(null)).isEmpty();
        assertThat(ArticleIdentity.canonicalUrl(" ")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"not a url", "ftp://example.org/file", "/relative/path", "https://"})
    void refusesWhatIsNotAnHttpUrl(String url) {
        assertThatThrownBy(() -> ArticleIdentity.canonicalUrl(url))
                .isInstanceOfSatisfying(ArticleRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.INVALID_URL));
    }
}
