package dev.newsroom.articles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans an article for extraction, the same way for every door it came through: main text only, page
 * furniture dropped, a paragraph repeated verbatim kept once, no-break spaces made plain, title, outlet,
 * publication date and language recognised. The cleaned text comes with an {@link OffsetMap} back to the
 * original. Create once and share: it is thread-safe, and loading its rules costs a few milliseconds.
 */
public final class ArticleCleaner {

    /** Page furniture and date lines are short: longer paragraphs are not tested against those rules. */
    private static final int MAX_FURNITURE_LENGTH = 200;
    /** A label glued before a paragraph by a scraper ("NewsIsrael responds ...") is at most this long. */
    private static final int MAX_GLUED_LABEL = 20;
    /** What may follow the date on a line that only gives the date: "/ Updated 3 hours ago". */
    private static final Pattern DATE_LINE_REST =
            Pattern.compile("(?i)\\s*(?:[/|·•,–—-]\\s*(?:(?:last )?(?:updated|modified)\\b.*)?)?");
    /** Labels that may introduce a date line. */
    private static final Pattern DATE_LINE_LABEL =
            Pattern.compile("(?i)(?:(?:first )?published|posted|updated|last updated|date)(?: on)?\\s*:?\\s*");

    private final Boilerplate boilerplate = new Boilerplate();
    private final DateRecognizer dates = new DateRecognizer();
    private final HtmlExtractor html = new HtmlExtractor();
    private final TitleRule titleRule = new TitleRule();
    private final List<Pattern> datelines = ResourceLines.read("datelines.txt").stream()
            .map(Pattern::compile).toList();

    /**
     * Loads the language detector's models now (about 30 MB, seconds on a busy machine) instead of while
     * the first article waits; services call it at start-up.
     *
     * @return this cleaner
     */
    public ArticleCleaner preloadLanguageModels() {
        LanguageDetection.preload();
        return this;
    }

    /**
     * Loads the language detector's models on a thread of its own, so that a service's start goes on meanwhile;
     * an article cleaned before they are loaded waits for them.
     *
     * @return completes once they are loaded (exceptionally if they could not be)
     */
    public CompletableFuture<Void> preloadLanguageModelsInBackground() {
        CompletableFuture<Void> loaded = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                LanguageDetection.preload();
                loaded.complete(null);
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        }, "language-models-load");
        thread.setDaemon(true);
        thread.start();
        return loaded;
    }

    /**
     * Reads a publication date as it would be given with an article (ISO-8601 or a form of
     * {@code date-formats.txt}), to check it before submitting; empty when it is not understood.
     *
     * @param now a date printed without a year is placed relative to it
     */
    public Optional<PublicationDate> readDate(String given, Instant now) {
        return given == null ? Optional.empty() : dates.parseGiven(given, now);
    }

    /**
     * Cleans one article.
     *
     * @param ingestedAt when the article arrived; a date printed without a year is placed relative to it
     * @throws ArticleRejectedException with {@link RejectionReason#NO_TEXT} when no text is left
     */
    public CleanedArticle clean(ArticleInput input, Instant ingestedAt) {
        String original = input.text();
        List<Paragraph> paragraphs;
        String title = blankToNull(input.title());
        String outlet = blankToNull(input.outlet());
        String declaredDate = blankToNull(input.publishedAt());
        String language = LanguageDetection.normaliseDeclared(input.language());
        if (input.format() == ArticleFormat.HTML) {
            HtmlExtractor.Page page = html.extract(original);
            paragraphs = page.paragraphs();
            title = title != null ? title : page.title();
            outlet = outlet != null ? outlet : page.outlet();
            declaredDate = declaredDate != null ? declaredDate : page.publishedAt();
            language = language != null ? language : LanguageDetection.normaliseDeclared(page.language());
        } else {
            paragraphs = lines(original);
        }

        Recognised found = new Recognised();
        List<Paragraph> kept = filter(paragraphs, found);
        OffsetMap.Builder out = new OffsetMap.Builder(original);
        for (Paragraph p : kept) {
            if (out.length() > 0) {
                out.synthesise("\n\n");
            }
            p.writeTo(out, original);
        }
        String cleaned = out.text();
        if (cleaned.isBlank()) {
            throw new ArticleRejectedException(RejectionReason.NO_TEXT, input.format() == ArticleFormat.HTML
                    ? "The page has no article text once markup, navigation and page furniture are removed"
                    : "The article has no text once page furniture is removed");
        }
        if (title == null && input.format() == ArticleFormat.TEXT && kept.get(0) != found.datelined) {
            title = titleRule.titleOf(kept.get(0).text());
        }
        if (outlet == null) {
            outlet = found.outlet;
        }
        PublicationDate publishedAt = publicationDate(declaredDate, found, cleaned, ingestedAt);
        if (language == null) {
            language = LanguageDetection.detect(cleaned);
        }
        return new CleanedArticle(original, cleaned, out.map(), title, outlet, publishedAt, language);
    }

    /** Metadata recognised in the text while filtering it. */
    private static final class Recognised {
        DateRecognizer.Match date;
        String outlet;
        /** The first paragraph that opened with a wire dateline: body text, never a title. */
        Paragraph datelined;
    }

    private List<Paragraph> filter(List<Paragraph> paragraphs, Recognised found) {
        List<Paragraph> kept = new ArrayList<>();
        List<String> keptKeys = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Paragraph raw : paragraphs) {
            Paragraph p = raw.trim();
            if (p.isEmpty()) {
                continue;
            }
            int end = boilerplate.contentEnd(p.text());
            if (end < p.length()) {
                p = p.slice(0, end).trim();
            }
            String normalised = TextChars.normalise(p.text());
            if (normalised.isEmpty()) {
                continue;
            }
            if (normalised.length() <= MAX_FURNITURE_LENGTH
                    && (boilerplate.isBoilerplateLine(normalised) || isDateLine(p.text(), found))) {
                continue;
            }
            Paragraph undated = stripDateLabel(p, found);
            if (undated != p) {
                p = undated;
                normalised = TextChars.normalise(p.text());
                if (normalised.length() <= MAX_FURNITURE_LENGTH && boilerplate.isBoilerplateLine(normalised)) {
                    continue;
                }
            }
            Paragraph stripped = stripDateline(p, found);
            String key = (stripped == p ? normalised : TextChars.normalise(stripped.text())).toLowerCase(Locale.ROOT);
            p = stripped;
            if (key.isEmpty() || !seen.add(key)) {
                continue;
            }
            int last = kept.size() - 1;
            if (last >= 0 && gluedLabelBefore(keptKeys.get(last), key)) {
                // the previous paragraph was this one with a section label glued on: keep the clean one
                kept.remove(last);
                keptKeys.remove(last);
            } else if (last >= 0 && gluedLabelBefore(key, keptKeys.get(last))) {
                continue;
            }
            kept.add(p);
            keptKeys.add(key);
        }
        return kept;
    }

    private static boolean gluedLabelBefore(String longer, String shorter) {
        int extra = longer.length() - shorter.length();
        return extra > 0 && extra <= MAX_GLUED_LABEL && longer.endsWith(shorter)
                && longer.substring(0, extra).chars().noneMatch(Character::isWhitespace);
    }

    /** A line giving only a date (maybe labelled, maybe followed by "/ Updated ..."); the first one is kept. */
    private boolean isDateLine(String line, Recognised found) {
        Matcher label = DATE_LINE_LABEL.matcher(line);
        int from = label.lookingAt() ? label.end() : 0;
        Optional<DateRecognizer.Match> date = dates.parseAt(line, from);
        if (date.isEmpty() || !DATE_LINE_REST.matcher(line).region(date.get().end(), line.length()).matches()) {
            return false;
        }
        if (found.date == null) {
            found.date = date.get();
        }
        return true;
    }

    /** Removes a wire dateline ("CAIRO, February 7. /MENA/.") from the start of a paragraph, noting date and outlet. */
    private Paragraph stripDateline(Paragraph p, Recognised found) {
        String text = p.text();
        for (Pattern dateline : datelines) {
            Matcher m = dateline.matcher(text);
            if (!m.lookingAt() || m.end() >= text.length()) {
                continue;
            }
            String date = group(m, "date");
            if (date != null && found.date == null) {
                found.date = dates.parseAt(date, 0).filter(d -> d.end() == date.length()).orElse(null);
            }
            String outlet = group(m, "outlet");
            if (outlet != null && found.outlet == null) {
                found.outlet = outlet.strip();
            }
            Paragraph rest = p.slice(m.end(), text.length()).trim();
            if (found.datelined == null) {
                found.datelined = rest;
            }
            return rest;
        }
        return p;
    }

    /**
     * Removes a labelled date a scraper glued before the text of a paragraph ("Published 3 March 2025 The
     * minister said ..."), noting the date. Only a label makes a date at the start of a paragraph furniture.
     */
    private Paragraph stripDateLabel(Paragraph p, Recognised found) {
        String text = p.text();
        Matcher label = DATE_LINE_LABEL.matcher(text);
        if (!label.lookingAt() || label.end() == 0) {
            return p;
        }
        Optional<DateRecognizer.Match> date = dates.parseAt(text, label.end());
        int end = date.map(DateRecognizer.Match::end).orElse(0);
        if (date.isEmpty() || end >= text.length() || !TextChars.isSpace(text.charAt(end))) {
            return p;
        }
        if (found.date == null) {
            found.date = date.get();
        }
        return p.slice(end, text.length()).trim();
    }

    /** The named group's text, or null when the pattern has no such group or it did not take part. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    private PublicationDate publicationDate(String declared, Recognised found, String cleaned, Instant ingestedAt) {
        if (declared != null) {
            Optional<PublicationDate> given = dates.parseGiven(declared, ingestedAt);
            if (given.isPresent()) {
                return given.get();
            }
        }
        PublicationDate recognised = found.date == null ? null
                : dates.resolve(found.date.fields(), cleaned, ingestedAt).orElse(null);
        if (declared != null) {
            String note = "publishedAt '" + declared + "' was not understood";
            return recognised == null ? new PublicationDate(null, note)
                    : new PublicationDate(recognised.instant(), note + "; date recognised in the text"
                    + (recognised.note() == null ? "" : "; " + recognised.note()));
        }
        return recognised;
    }

    /** Splits plain text into lines, each a paragraph candidate. */
    private static List<Paragraph> lines(String text) {
        List<Paragraph> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '\u2028'
                    || text.charAt(i) == '\u2029') {
                if (i > start) {
                    Paragraph p = new Paragraph();
                    p.appendOriginal(text, start, i);
                    lines.add(p);
                }
                start = i + 1;
            }
        }
        return lines;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
