package dev.newsroom.store.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Validation of query parameters. Values only ever reach MongoDB as literal values of equality filters or as
 * quoted regular expressions, never as query documents, so a parameter cannot smuggle in an operator.
 */
public final class Params {

    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}:._~@/+-]{1,200}");
    private static final Pattern SIDE = Pattern.compile("[A-Za-z0-9_-]{1,16}");
    private static final int MAX_TEXT = 200;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,1000}");

    private Params() {
    }

    /** An actor, article, statement or dispute id; null when absent. */
    public static String id(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!ID.matcher(value).matches()) {
            throw new InvalidParameterException(name, "expected an id of letters, digits and : . _ ~ @ / + - (at most 200), got '" + abbreviate(value) + "'");
        }
        return value;
    }

    public static String side(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!SIDE.matcher(value).matches()) {
            throw new InvalidParameterException(name, "expected a side code such as ISR or UN, got '" + abbreviate(value) + "'");
        }
        return value.toUpperCase(java.util.Locale.ROOT);
    }

    /** Free text to search for: any characters, matched literally. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidParameterException(name, "at most " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    public static <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(name, "expected one of " + Arrays.toString(type.getEnumConstants()) + ", got '" + abbreviate(value) + "'");
        }
    }

    /** An ISO date (start of that day, UTC) or instant; null when absent. */
    public static Instant instant(String name, String value, boolean endOfDay) {
        if (value == null) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, "expected an ISO date (2024-05-31) or instant (2024-05-31T12:00:00Z), got '" + abbreviate(value) + "'");
        }
    }

    public static int positive(String name, String value, int defaultValue, int max) {
        if (value == null) {
            return defaultValue;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new InvalidParameterException(name, "expected a whole number from 1 to " + max + ", got '" + abbreviate(value) + "'");
        }
        java.math.BigInteger parsed = new java.math.BigInteger(value);
        if (parsed.signum() < 1 || parsed.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
            throw new InvalidParameterException(name, "must be from 1 to " + max + ", got " + abbreviate(value));
        }
        return parsed.intValueExact();
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "...";
    }
}
