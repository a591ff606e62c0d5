package dev.newsroom.store.views;

/**
 * Names, ids and codes used as field names in view documents (count maps keyed by what they count). MongoDB
 * field names may not contain '.' nor start with '$', so those characters (and the escape itself) are escaped.
 */
public final class Keys {

    private Keys() {
    }

    public static String encode(String key) {
        var out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            switch (c) {
                case '%' -> out.append("%25");
                case '.' -> out.append("%2E");
                case '$' -> out.append("%24");
                case '\0' -> out.append("%00");
                default -> out.append(c);
            }
        }
        return out.isEmpty() ? "%" : out.toString();
    }

    public static String decode(String field) {
        if (field.equals("%")) {
            return "";
        }
        var out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '%' && i + 2 < field.length()) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
