package dev.newsroom.extractor.kb;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form names are compared in. Diacritics are folded (Élysée = Elysee, Türkiye = Turkiye), apostrophes
 * unified, dots dropped (U.S. = US), hyphens and dashes read as spaces (Rossiya-24 = Rossiya 24), a leading
 * "the" and a trailing possessive ('s) ignored.
 * <p>
 * Case: a name written without lower-case letters (US, UK, WHO, CAR) is an acronym and matches only in
 * capitals, so the words "us", "who" and "car" never match; every other name matches in any case.
 */
record NameKey(String key, boolean acronym) {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼʻ`´]");
    private static final Pattern DASHES = Pattern.compile("[\\-‐‑‒–—―]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    /** a possessive split off by a tokenizer: "Israel 's" */
    private static final Pattern DETACHED_POSSESSIVE = Pattern.compile("(?<=\\p{L}) '(?=s?( |$))");
    private static final Pattern LEADING_THE = Pattern.compile("^(?i:the) ");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s?$");

    /** The key of a name as written, or null when nothing is left of it (punctuation only). */
    static NameKey of(String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return null;
        }
        boolean acronym = folded.chars().noneMatch(Character::isLowerCase);
        return new NameKey(acronym ? folded : folded.toLowerCase(Locale.ROOT), acronym);
    }

    /** The case-insensitive key a text is looked up under when it is not found as an acronym. */
    NameKey caseFolded() {
        return acronym ? new NameKey(key.toLowerCase(Locale.ROOT), false) : this;
    }

    static String fold(String text) {
        String s = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ø' -> out.append('o');
                case 'Ø' -> out.append('O');
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("AE");
                case 'œ' -> out.append("oe");
                case 'Œ' -> out.append("OE");
                case 'ß' -> out.append("ss");
                case 'ł' -> out.append('l');
                case 'Ł' -> out.append('L');
                case 'đ', 'ð' -> out.append('d');
                case 'Đ', 'Ð' -> out.append('D');
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                case 'Þ' -> out.append("Th");
                case '.' -> { }
                default -> out.append(c);
            }
        }
        s = APOSTROPHES.matcher(out).replaceAll("'");
        s = DASHES.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = DETACHED_POSSESSIVE.matcher(s).replaceAll("'");
        s = LEADING_THE.matcher(s).replaceFirst("");
        return POSSESSIVE.matcher(s).replaceFirst("");
    }
}
