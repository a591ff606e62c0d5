package dev.newsroom.extractor.kb;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form names are compared in. Diacritics are folded (Élysée = Elysee, Türkiye = Turkiye), apostrophes
 * unified, dots dropped (U.S. = US), hyphens and dashes read as spaces (Al-Jazeera = Al Jazeera), a possessive
 * split off by a tokenizer joined again ("Israel 's"), a leading "the" and a trailing possessive ignored.
 * <p>
 * Case: a name written without lower-case letters (US, UK, WHO, CAR) is an acronym and matches only in
 * capitals, so the words "us", "who" and "car" never match; every other name matches in any case.
 */
record NameKey(String key, boolean acronym) {

    /** The key of a name as written, or null when nothing is left of it (punctuation only). */
    static NameKey of(String text) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return null;
        }
        boolean acronym = true;
        for (int i = 0; i < folded.length() && acronym; i++) {
            acronym = !Character.isLowerCase(folded.charAt(i));
        }
        return new NameKey(acronym ? folded : lowerCase(folded), acronym);
    }

    /** The case-insensitive key a text is looked up under when it is not found as an acronym. */
    NameKey caseFolded() {
        return acronym ? new NameKey(lowerCase(key), false) : this;
    }

    static String lowerCase(String folded) {
        return folded.toLowerCase(Locale.ROOT);
    }

    static String fold(String text) {
        StringBuilder out = foldChars(text);
        stripPossessive(out);
        if (out.length() > 4 && out.substring(0, 4).equalsIgnoreCase("the ")) {
            out.delete(0, 4);
        }
        return out.toString();
    }

    /**
     * A single token folded as {@link #fold} folds a name, but keeping a leading "the" and a trailing
     * possessive, lower-cased: the scan joins such tokens and asks whether a name could start that way.
     */
    static String foldToken(String token) {
        return lowerCase(foldChars(token).toString());
    }

    /** Without a trailing 's or ': the key a joined run of folded tokens is looked up under. */
    static String withoutPossessive(String folded) {
        StringBuilder out = new StringBuilder(folded);
        stripPossessive(out);
        return out.toString();
    }

    private static StringBuilder foldChars(String text) {
        String s = text;
        if (!isAscii(s)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> {
                    continue;
                }
                case Character.DASH_PUNCTUATION, Character.SPACE_SEPARATOR -> {
                    space(out);
                    continue;
                }
                default -> { }
            }
            if (Character.isWhitespace(c)) {
                space(out);
                continue;
            }
            switch (c) {
                case '.' -> { }
                case '’', '‘', 'ʼ', 'ʻ', '`', '´' -> apostrophe(out);
                case '\'' -> apostrophe(out);
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
                default -> out.append(c);
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** One space between words, none at the start. */
    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    /** An apostrophe; one that a tokenizer split off a word ("Israel 's") is joined to it again. */
    private static void apostrophe(StringBuilder out) {
        int last = out.length() - 1;
        if (last > 0 && out.charAt(last) == ' ' && Character.isLetter(out.charAt(last - 1))) {
            out.setLength(last);
        }
        out.append('\'');
    }

    /** Drops a trailing 's or ' after a letter: "Israel's" → "Israel". */
    private static void stripPossessive(StringBuilder out) {
        int n = out.length();
        if (n >= 3 && out.charAt(n - 1) == 's' && out.charAt(n - 2) == '\'' && Character.isLetter(out.charAt(n - 3))) {
            out.setLength(n - 2);
        } else if (n >= 2 && out.charAt(n - 1) == '\'' && Character.isLetter(out.charAt(n - 2))) {
            out.setLength(n - 1);
        }
    }
}
