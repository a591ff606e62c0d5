package dev.newsroom.extractor.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Spelling-tolerant keys for person names, so transliteration variants meet: diacritics folded,
 * ij/iy/yj → y (Dmitrij, Dmitriy → Dmitry), kh → h (Mikhailova = Mihailova), j → y, w → v, doubled letters
 * single, a final "ey"/"ei" → "ei". Honorifics ("Mr", "Dr", "Sen.") and generational suffixes ("Jr.",
 * "III") are not names: they never become a key, and a suffix only qualifies an id.
 */
public final class PersonNames {

    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir",
            "dame", "lord", "lady", "rev", "fr", "sen", "rep", "gov", "gen", "col", "capt", "sheikh", "madam", "mme",
            "herr", "frau");
    /** Capitalised words of a headline or sentence start that NER may take into a name: "Top Lee strategists". */
    private static final Set<String> DESCRIPTIVE_WORDS = Set.of("top", "former", "senior", "veteran", "longtime");
    /** Lower-case words inside names: "Maria de la Cruz", "Abu Bakr al Baghdadi". */
    private static final Set<String> PARTICLES = Set.of("de", "del", "della", "der", "den", "da", "di", "dos", "das",
            "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "ben", "abu", "ter", "ten", "mac", "st");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "esq", "phd", "md");
    /** Letters after a name that are no part of it and do not tell persons apart: "KC", "MP", "OBE". */
    private static final Set<String> POSTNOMINALS = Set.of("kc", "qc", "mp", "mep", "obe", "cbe", "mbe", "kbe", "dbe", "frs");

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

    /** The keys of the name words of a name, in order: no honorific before it, no suffix after it. */
    public static List<String> keys(String name) {
        List<String> words = words(name);
        int from = 0;
        while (from < words.size() - 1 && HONORIFICS.contains(plain(words.get(from)))) {
            from++;
        }
        int to = words.size();
        while (to > from + 1 && (SUFFIXES.contains(plain(words.get(to - 1))) || POSTNOMINALS.contains(plain(words.get(to - 1)))
                && words.get(to - 1).equals(words.get(to - 1).toUpperCase(Locale.ROOT)))) {
            to--;
        }
        List<String> keys = new ArrayList<>();
        for (String word : words.subList(from, to)) {
            String k = key(word);
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    /** The generational suffix closing a name ("jr" of "Henry Ford Jr."), if any. */
    public static Optional<String> suffix(String name) {
        List<String> words = words(name);
        int last = words.size() - 1;
        while (last > 0 && POSTNOMINALS.contains(plain(words.get(last))) && words.get(last).equals(words.get(last).toUpperCase(Locale.ROOT))) {
            last--;
        }
        if (last > 0 && SUFFIXES.contains(plain(words.get(last)))) {
            return Optional.of(plain(words.get(last)));
        }
        return Optional.empty();
    }

    /** Whether a word is a particle of a name ("de", "van", "bin"), in any case. */
    public static boolean isParticle(String word) {
        return PARTICLES.contains(plain(word));
    }

    /** Whether a word is an honorific, a suffix or a describing word, not a name ("Mr", "Jr.", "Top"). */
    public static boolean isNotAName(String word) {
        String w = plain(word);
        return HONORIFICS.contains(w) || SUFFIXES.contains(w) || DESCRIPTIVE_WORDS.contains(w);
    }

    /** The actor id of a person: surname key, then given-name key when known ("person:sokolov-dmitry"). */
    public static String id(List<String> keys) {
        String surname = keys.get(keys.size() - 1);
        return keys.size() > 1 ? "person:" + surname + "-" + keys.get(0) : "person:" + surname;
    }

    /** The id of a person whose name has a generational suffix: "person:ford-henry-jr". */
    public static String id(List<String> keys, String suffix) {
        return suffix == null ? id(keys) : id(keys) + "-" + suffix;
    }

    private static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.split("[\\s\\u00A0,]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String plain(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
