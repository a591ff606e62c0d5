package dev.newsroom.extractor.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a statement was made, from the time expressions of its sentence ("on Tuesday", "last week",
 * "yesterday", "on March 3") resolved against the publication date. Null when the sentence says nothing
 * resolvable.
 */
public final class StatedAt {

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(?:on |last |this )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December)"
                    + " (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December)"
                    + "(?:,? (\\d{4}))?\\b");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(yesterday|today|this morning|this afternoon|this evening|tonight|last week|last month"
                    + "|earlier this week|the day before)\\b");

    private StatedAt() {
    }

    public static LocalDate resolve(String sentence, LocalDate published) {
        Matcher m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            return date(Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(2)), m.group(3), published);
        }
        m = DAY_MONTH.matcher(sentence);
        if (m.find()) {
            return date(Month.valueOf(m.group(2).toUpperCase(Locale.ROOT)), Integer.parseInt(m.group(1)), m.group(3), published);
        }
        if (published == null) {
            return null;
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = published;
            while (d.getDayOfWeek() != day) {
                d = d.minusDays(1);
            }
            return d;
        }
        m = RELATIVE.matcher(sentence);
        if (m.find()) {
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday", "the day before" -> published.minusDays(1);
                case "last week" -> published.minusWeeks(1);
                case "last month" -> published.minusMonths(1);
                case "earlier this week" -> published.minusDays(Math.max(1, published.getDayOfWeek().getValue() - 1));
                default -> published;
            };
        }
        return null;
    }

    private static LocalDate date(Month month, int day, String year, LocalDate published) {
        try {
            if (year != null) {
                return LocalDate.of(Integer.parseInt(year), month, day);
            }
            if (published == null) {
                return null;
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            return d.isAfter(published.plusDays(1)) ? d.minusYears(1) : d;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
