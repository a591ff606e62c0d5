package dev.newsroom.articles;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;

/**
 * Finds the main text of a web page and its metadata. Page furniture ({@code html-noise.txt}) is removed,
 * the article container chosen ({@code <article>}, {@code articleBody}, {@code <main>}, else the element
 * with the most paragraph text), and its text split into paragraphs at block elements, each character
 * keeping its offset in the page source.
 */
final class HtmlExtractor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header",
            "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "br",
            "hr", "table", "tr", "td", "th", "address", "center", "body", "details", "summary");
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JSON_LD_PUBLISHER =
            Pattern.compile("\"publisher\"\\s*:\\s*\\{[^}]*?\"name\"\\s*:\\s*\"([^\"]+)\"");

    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?");

    private final String noiseSelector;

    HtmlExtractor() {
        this.noiseSelector = String.join(", ", ResourceLines.read("html-noise.txt"));
    }

    /** What a page yields: paragraphs of main text and the metadata it declares (each may be null). */
    record Page(List<Paragraph> paragraphs, String title, String outlet, String publishedAt, String language) {
    }

    Page extract(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        String publishedAt = firstNonBlank(
                meta(doc, "meta[property=article:published_time]"), meta(doc, "meta[property=og:published_time]"),
                meta(doc, "meta[itemprop=datePublished]"), meta(doc, "meta[name~=(?i)^(date|pubdate|publishdate|dc.date|parsely-pub-date)$]"),
                jsonLd(doc, JSON_LD_DATE), attr(doc.selectFirst("time[datetime]"), "datetime"));
        String outlet = firstNonBlank(meta(doc, "meta[property=og:site_name]"), meta(doc, "meta[name=application-name]"),
                jsonLd(doc, JSON_LD_PUBLISHER));
        String language = attr(doc.selectFirst("html[lang]"), "lang");
        Element headline = doc.selectFirst("article h1, main h1, h1");
        String title = firstNonBlank(meta(doc, "meta[property=og:title]"),
                headline == null ? null : headline.text(), doc.title());

        for (Element noise : doc.select(noiseSelector)) {
            if (headline == null || !noise.equals(headline) && !headline.parents().contains(noise)) {
                noise.remove();
            }
        }
        Element main = mainContainer(doc);
        List<Paragraph> paragraphs = new ArrayList<>();
        if (headline != null && main != null && !headline.parents().contains(main) && !headline.equals(main)) {
            collect(headline, html, paragraphs);
        }
        if (main != null) {
            collect(main, html, paragraphs);
        }
        return new Page(paragraphs, title, outlet, publishedAt, language);
    }

    private static Element mainContainer(Document doc) {
        Element best = largest(doc.select("[itemprop=articleBody]"));
        if (best == null) {
            best = largest(doc.select("article"));
        }
        if (best == null) {
            best = largest(doc.select("main, [role=main]"));
        }
        if (best == null) {
            int bestScore = 0;
            for (Element candidate : doc.body().select("*")) {
                int score = 0;
                for (Element child : candidate.children()) {
                    if (child.normalName().equals("p")) {
                        score += child.text().length();
                    }
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        return best != null ? best : doc.body();
    }

    private static Element largest(Elements elements) {
        Element best = null;
        int bestLength = 0;
        for (Element e : elements) {
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    /** Walks the element, starting a new paragraph at each block boundary and collapsing white space. */
    private static void collect(Element root, String html, List<Paragraph> out) {
        Paragraph[] current = {new Paragraph()};
        root.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(text, html, current[0]);
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    current[0] = flush(current[0], out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    current[0] = flush(current[0], out);
                }
            }
        });
        flush(current[0], out);
    }

    private static Paragraph flush(Paragraph p, List<Paragraph> out) {
        Paragraph trimmed = p.trim();
        if (!trimmed.isEmpty()) {
            out.add(trimmed);
        }
        return p.isEmpty() ? p : new Paragraph();
    }

    /**
     * Appends a text node's decoded text, giving each character the source offset it came from: the raw
     * source is walked alongside the decoded text, and an entity's decoded character points at its '&'.
     */
    private static void appendText(TextNode node, String html, Paragraph p) {
        String decoded = node.getWholeText();
        int raw = -1;
        int rawEnd = -1;
        if (node.sourceRange().isTracked()) {
            raw = node.sourceRange().startPos();
            rawEnd = node.sourceRange().endPos();
        }
        Matcher entity = ENTITY.matcher(html);
        for (int d = 0; d < decoded.length(); d++) {
            char c = decoded.charAt(d);
            int origin = -1;
            if (raw >= 0 && raw < rawEnd && html.charAt(raw) == '\r' && c == '\n') {
                raw++;
            }
            if (raw >= 0 && raw < rawEnd) {
                if (html.charAt(raw) == '&' && entity.region(raw, rawEnd).lookingAt()
                        && !decoded.startsWith(entity.group(), d)) {
                    origin = raw;
                    if (!Character.isHighSurrogate(c)) {
                        raw = entity.end();
                    }
                } else if (html.charAt(raw) == c) {
                    origin = raw++;
                } else {
                    raw = -1;
                }
            }
            if (TextChars.isSpace(c)) {
                if (!p.isEmpty() && p.lastChar() != ' ') {
                    p.append(' ', origin);
                }
            } else {
                p.append(c, origin);
            }
        }
    }

    private static String meta(Document doc, String selector) {
        return attr(doc.selectFirst(selector), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String jsonLd(Document doc, Pattern field) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = field.matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
