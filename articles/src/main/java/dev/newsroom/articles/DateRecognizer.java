package dev.newsroom.articles;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises publication dates in the forms of {@code date-formats.txt} and resolves them to instants. */
final class DateRecognizer {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(19[5-9]\\d|20\\d\\d)(?![\\d,])");

    private final List<DateTimeFormatter> formats = new ArrayList<>();

    DateRecognizer() {
        for (String pattern : ResourceLines.read("date-formats.txt")) {
            formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH));
        }
    }

    /** A date found in a text: where it ends and its fields, not yet resolved against a year or zone. */
    record Match(int end, TemporalAccessor fields) {
    }

    /** The longest date starting exactly at {@code from}, ending at a word boundary. */
    Optional<Match> parseAt(String text, int from) {
        Match best = null;
        for (DateTimeFormatter format : formats) {
            java.text.ParsePosition position = new java.text.ParsePosition(from);
            TemporalAccessor fields;
            try {
                fields = format.parseUnresolved(text, position);
            } catch (DateTimeException e) {
                continue;
            }
            int end = position.getIndex();
            if (fields == null || position.getErrorIndex() >= 0 || end <= from) {
                continue;
            }
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            if (!fields.isSupported(ChronoField.MONTH_OF_YEAR) || !fields.isSupported(ChronoField.DAY_OF_MONTH)) {
                continue;
            }
            if (best == null || end > best.end()) {
                best = new Match(end, fields);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Resolves a date found in the text of an article. A missing year is the latest year the article
     * mentions, else the ingest year, moved back a year when that would put the date after ingestion.
     */
    Optional<PublicationDate> resolve(TemporalAccessor fields, String articleText, Instant ingestedAt) {
        List<String> notes = new ArrayList<>();
        ZoneId zone = fields.query(TemporalQueries.zone());
        try {
            int month = (int) fields.getLong(ChronoField.MONTH_OF_YEAR);
            int day = (int) fields.getLong(ChronoField.DAY_OF_MONTH);
            int hour = 0;
            int minute = 0;
            boolean hasTime = fields.isSupported(ChronoField.MINUTE_OF_HOUR);
            if (hasTime) {
                minute = (int) fields.getLong(ChronoField.MINUTE_OF_HOUR);
                if (fields.isSupported(ChronoField.HOUR_OF_DAY)) {
                    hour = (int) fields.getLong(ChronoField.HOUR_OF_DAY);
                } else if (fields.isSupported(ChronoField.CLOCK_HOUR_OF_AMPM)) {
                    hour = (int) fields.getLong(ChronoField.CLOCK_HOUR_OF_AMPM) % 12;
                    if (fields.isSupported(ChronoField.AMPM_OF_DAY)) {
                        hour += 12 * (int) fields.getLong(ChronoField.AMPM_OF_DAY);
                    }
                }
            } else {
                notes.add("no time of day given");
            }
            if (zone == null) {
                zone = ZoneOffset.UTC;
                if (hasTime) {
                    notes.add("time zone not given, UTC assumed");
                }
            }
            Integer year = yearOf(fields);
            if (year == null) {
                ZonedDateTime ingested = ingestedAt.atZone(zone);
                Integer fromText = latestYearMentioned(articleText, ingested.getYear());
                year = fromText != null ? fromText : ingested.getYear();
                LocalDate candidate = LocalDate.of(year, month, day);
                if (candidate.isAfter(ingested.toLocalDate())) {
                    year--;
                }
                notes.add(0, "year " + year + " taken from " + (fromText != null ? "the article text" : "the ingest time"));
            }
            Instant instant = LocalDateTime.of(year, month, day, hour, minute).atZone(zone).toInstant();
            return Optional.of(new PublicationDate(instant, notes.isEmpty() ? null : String.join("; ", notes)));
        } catch (DateTimeException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /**
     * Parses a publication date given with an article: ISO-8601 (instant, offset or local date-time, date)
     * or any form of {@code date-formats.txt}.
     */
    Optional<PublicationDate> parseGiven(String value, Instant ingestedAt) {
        String text = value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PublicationDate(OffsetDateTime.parse(text).toInstant(), null));
        } catch (DateTimeParseException ignored) {
            // not an ISO date-time with offset; try the other forms
        }
        try {
            return Optional.of(new PublicationDate(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
                    "time zone not given, UTC assumed"));
        } catch (DateTimeParseException ignored) {
            // not an ISO local date-time
        }
        try {
            return Optional.of(new PublicationDate(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    "no time of day given"));
        } catch (DateTimeParseException ignored) {
            // not an ISO date
        }
        return parseAt(text, 0).filter(m -> text.substring(m.end()).isBlank())
                .flatMap(m -> resolve(m.fields(), "", ingestedAt));
    }

    private static Integer yearOf(TemporalAccessor fields) {
        if (fields.isSupported(ChronoField.YEAR)) {
            return (int) fields.getLong(ChronoField.YEAR);
        }
        if (fields.isSupported(ChronoField.YEAR_OF_ERA)) {
            return (int) fields.getLong(ChronoField.YEAR_OF_ERA);
        }
        return null;
    }

    private static Integer latestYearMentioned(String text, int notAfter) {
        Integer latest = null;
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year <= notAfter && (latest == null || year > latest)) {
                latest = year;
            }
        }
        return latest;
    }
}
