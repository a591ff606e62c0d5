package dev.newsroom.extractor.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * General knowledge of the gender words state: first names (CoreNLP's name-gender list, a name listed with
 * both genders states none) and honorifics and titles ({@code kb/gender-words.tsv}: "Mrs", "spokesman").
 * Built once; shared by all articles.
 */
public final class Genders {

    /** The gender a word states. */
    public enum Gender { MALE, FEMALE }

    static final String FIRST_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    static final String WORDS = "kb/gender-words.tsv";

    private final Map<String, Gender> firstNames;
    private final Map<String, Gender> words;

    public Genders(Map<String, Gender> firstNames, Map<String, Gender> words) {
        this.firstNames = Map.copyOf(firstNames);
        this.words = Map.copyOf(words);
    }

    public static Genders load() {
        return new Genders(read(FIRST_NAMES, false), read(WORDS, true));
    }

    /** The gender a first name states, if the name is given to one gender only. */
    public Optional<Gender> ofFirstName(String name) {
        return Optional.ofNullable(firstNames.get(plain(name)));
    }

    /** The gender an honorific or title word states ("Mrs.", "spokesman"). */
    public Optional<Gender> ofWord(String word) {
        return Optional.ofNullable(words.get(plain(word)));
    }

    private static String plain(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[.’']", "");
    }

    /** word → gender; a word listed with both genders is left out. A missing optional list is empty. */
    private static Map<String, Gender> read(String resource, boolean required) {
        InputStream in = Genders.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            if (required) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return Map.of();
        }
        Map<String, Gender> out = new HashMap<>();
        Set<String> both = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || f.length < 2) {
                    continue;
                }
                String g = f[1].strip().toUpperCase(Locale.ROOT);
                if (!g.equals("MALE") && !g.equals("FEMALE")) {
                    continue;
                }
                Gender gender = Gender.valueOf(g);
                String word = f[0].strip().toLowerCase(Locale.ROOT);
                if (out.containsKey(word) && out.get(word) != gender) {
                    both.add(word);
                }
                out.put(word, gender);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        both.forEach(out::remove);
        return out;
    }
}
