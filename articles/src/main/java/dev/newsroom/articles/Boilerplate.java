package dev.newsroom.articles;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Page furniture in plain text: whole lines ({@code boilerplate-lines.txt}) and line endings ({@code boilerplate-suffixes.txt}). */
final class Boilerplate {

    private static final int MAX_SUFFIX_LENGTH = 250;

    private final Pattern lines;
    private final List<Pattern> suffixes;

    Boilerplate() {
        this.lines = Pattern.compile(
                String.join("|", ResourceLines.read("boilerplate-lines.txt").stream().map(p -> "(?:" + p + ")").toList()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.suffixes = ResourceLines.read("boilerplate-suffixes.txt").stream()
                .map(p -> Pattern.compile("(?:" + p + ")\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** Whether the whole line, white space normalised, is furniture. */
    boolean isBoilerplateLine(String normalisedLine) {
        return lines.matcher(normalisedLine).matches();
    }

    /** Where the line's text ends once trailing furniture (a photo credit after a caption) is cut off. */
    int contentEnd(String line) {
        int end = line.length();
        for (Pattern suffix : suffixes) {
            // credits are short: only the line's tail is searched (the region keeps lookbehind working)
            Matcher m = suffix.matcher(line).region(Math.max(0, end - MAX_SUFFIX_LENGTH), end);
            m.useTransparentBounds(true);
            if (m.find() && m.start() > 0) {
                end = m.start();
            }
        }
        return end;
    }
}
