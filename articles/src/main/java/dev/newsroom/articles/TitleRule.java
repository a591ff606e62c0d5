package dev.newsroom.articles;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether the first line of a plain-text article is its title: it is unless one of the rules of
 * {@code not-titles.txt} says it is body text or debris.
 */
final class TitleRule {

    /** Some archives close every headline with a semicolon: "Council approves budget;". */
    private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("[;\\s]+$");

    private final List<Pattern> notTitles = ResourceLines.read("not-titles.txt").stream()
            .map(Pattern::compile).toList();

    /** The line as a title (white space normalised), or null when it is clearly not one. */
    String titleOf(String firstLine) {
        String line = TRAILING_SEMICOLONS.matcher(TextChars.normalise(firstLine)).replaceFirst("");
        if (line.isEmpty() || notTitles.stream().anyMatch(p -> p.matcher(line).matches())) {
            return null;
        }
        return line;
    }
}
