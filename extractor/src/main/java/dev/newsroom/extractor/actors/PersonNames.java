package dev.newsroom.extractor.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spelling-tolerant keys for person names, so transliteration variants meet: diacritics folded,
 * ij/iy/yj → y (Dmitrij, Dmitriy → Dmitry), kh → h (Mikhailova = Mihailova), j → y, w → v, doubled letters
 * single, a final "ey"/"ei" → "ei".
 */
public final class PersonNames {

    private PersonNames() {
    }

    /** The key of one name word: "Dmitrij" and "Dmitry" give the same key. */
    public static String key(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        s = s.replace("ij", "y").replace("iy", "y").replace("yj", "y").replace("kh", "h")
                .replace("j", "y").replace("w", "v").replace("ks", "x");
        s = s.replaceAll("(.)\\1+", "$1");
        return s.replaceAll("(ey|ei)$", "ei");
    }

    /** The keys of every word of a name, in order, without empty ones. */
    public static List<String> keys(String name) {
        List<String> keys = new ArrayList<>();
        for (String word : name.split("[\\s\\u00A0]+")) {
            String k = key(word);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** The actor id of a person: surname key, then given-name key when known ("person:sokolov-dmitry"). */
    public static String id(List<String> keys) {
        String surname = keys.get(keys.size() - 1);
        return keys.size() > 1 ? "person:" + surname + "-" + keys.get(0) : "person:" + surname;
    }
}
