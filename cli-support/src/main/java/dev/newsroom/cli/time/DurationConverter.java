package dev.newsroom.cli.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a duration option as people write it: {@code 30 min}, {@code 30m}, {@code 90s}, {@code 2h},
 * {@code 1h30m}, or ISO-8601 ({@code PT30M}). Use with {@code @Option(converter = DurationConverter.class)}
 * and a default such as {@code "30 min"}, so that the help shows what a person would type.
 */
public final class DurationConverter implements ITypeConverter<Duration> {

    private static final String UNIT = "(hours?|h|minutes?|mins?|ms|m|seconds?|secs?|s)";
    private static final Pattern PART = Pattern.compile("(\\d+)\\s*" + UNIT);
    private static final Pattern WHOLE = Pattern.compile("(\\s*\\d+\\s*" + UNIT + "\\s*)+");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("p")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw invalid(value);
            }
        }
        if (!WHOLE.matcher(text).matches()) {
            throw invalid(value);
        }
        Duration total = Duration.ZERO;
        Matcher part = PART.matcher(text);
        while (part.find()) {
            long amount = Long.parseLong(part.group(1));
            String unit = part.group(2);
            total = total.plus(switch (unit.charAt(0)) {
                case 'h' -> Duration.ofHours(amount);
                case 's' -> Duration.ofSeconds(amount);
                default -> unit.equals("ms") ? Duration.ofMillis(amount) : Duration.ofMinutes(amount);
            });
        }
        return total;
    }

    private static TypeConversionException invalid(String value) {
        return new TypeConversionException("'" + value + "' is not a duration: write it like 30 min, 90 s, 2 h or 1h30m");
    }
}
