package dev.newsroom.store.sides;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What each side code stands for: the states of the extractor's {@code countries.tsv} and the bodies of its
 * {@code organizations.tsv} (copied next to this class at build time), by their first two columns, code and name.
 */
@Component
public class SideNames {

    /** One side code and its name; {@code kind} is {@code state} or {@code organization}. */
    public record Side(String code, String name, String kind) {
    }

    private final List<Side> sides;

    public SideNames() {
        List<Side> all = new ArrayList<>(read("countries.tsv", "state"));
        all.addAll(read("organizations.tsv", "organization"));
        all.sort(Comparator.comparing(Side::code));
        this.sides = List.copyOf(all);
    }

    public List<Side> all() {
        return sides;
    }

    private static List<Side> read(String file, String kind) {
        try (InputStream in = SideNames.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing " + file + ": it is copied from the extractor's knowledge base at build time");
            }
            List<Side> sides = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (!header && columns.length >= 2 && !columns[0].isBlank()) {
                    sides.add(new Side(columns[0].strip(), columns[1].strip(), kind));
                }
                header = false;
            }
            return sides;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
