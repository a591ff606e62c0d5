package dev.newsroom.extractor.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Party and legislature labels of {@code kb/parties.tsv} ("Conservative", "Bundestag") with the states where
 * they name a major party or the national legislature, and the US label of party and home state
 * ("R-Texas", "D-Va.").
 */
final class PartyLabels {

    static final String RESOURCE = "kb/parties.tsv";
    /** "R-Texas", "D-N.Y.", "I-Vt.": a member of the US Congress. */
    private static final Pattern US_MEMBER = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*");

    private static final PartyLabels DEFAULT = new PartyLabels(read());

    private final Map<String, List<String>> states;

    PartyLabels(Map<String, List<String>> states) {
        this.states = Map.copyOf(states);
    }

    static PartyLabels load() {
        return DEFAULT;
    }

    /** The states a word may label, empty when it is no party or legislature label. */
    List<String> statesOf(String word) {
        if (US_MEMBER.matcher(word).matches()) {
            return List.of("USA");
        }
        return states.getOrDefault(word, List.of());
    }

    private static Map<String, List<String>> read() {
        InputStream in = PartyLabels.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, List<String>> out = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                String[] f = line.split("\t");
                if (line.startsWith("#") || line.isBlank() || f.length < 2) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                out.put(f[0].strip(), List.of(f[1].strip().split("\\|")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return out;
    }
}
