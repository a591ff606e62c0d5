package dev.newsroom.extractor.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the rule resources: tab-separated rows, '#' comment lines and blank lines skipped. */
final class Tsv {

    private Tsv() {
    }

    /** The lines of a classpath resource, without comments and blank lines. */
    static List<String> lines(String resource) {
        InputStream in = Tsv.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    /** The rows of a TSV resource; every row must have {@code columns} fields. */
    static List<String[]> rows(String resource, int columns) {
        return rows(resource, columns, columns);
    }

    /** The rows of a TSV resource whose last columns are optional: each row has {@code min..max} fields. */
    static List<String[]> rows(String resource, int min, int max) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines(resource)) {
            String[] fields = line.split("\t");
            if (fields.length < min || fields.length > max) {
                throw new IllegalStateException(resource + ": expected " + (min == max ? "" + min : min + " to " + max)
                        + " columns in '" + line + "'");
            }
            rows.add(fields);
        }
        return rows;
    }
}
