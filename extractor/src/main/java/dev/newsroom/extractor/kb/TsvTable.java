package dev.newsroom.extractor.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A knowledge-base data file: UTF-8, tab-separated, a header line naming the columns, {@code #} comment
 * lines and blank lines ignored, {@code |} between the values of a multi-valued column.
 */
final class TsvTable {

    /** One data line; {@code source} is "file:line" for error messages. */
    record Row(String source, List<String> cells) {

        String get(int column) {
            return cells.get(column);
        }

        List<String> values(int column) {
            String cell = cells.get(column);
            if (cell.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(cell.split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList();
        }

        /** A malformed-data error naming this line. */
        IllegalStateException error(String message) {
            return new IllegalStateException(source + ": " + message);
        }
    }

    private TsvTable() {
    }

    /** Reads a classpath resource whose header must be exactly {@code columns}. */
    static List<Row> read(String resource, List<String> columns) {
        InputStream in = TsvTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("knowledge-base file not found on the classpath: " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(resource, reader.lines().toList(), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<Row> parse(String name, List<String> lines, List<String> columns) {
        List<Row> rows = new ArrayList<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String source = name + ":" + (i + 1);
            List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::strip).toList();
            if (!headerSeen) {
                if (!cells.equals(columns)) {
                    throw new IllegalStateException(source + ": header must be " + String.join(" ", columns)
                            + " (tab-separated) but is " + String.join(" ", cells));
                }
                headerSeen = true;
            } else if (cells.size() > columns.size() || cells.get(0).isEmpty()) {
                throw new IllegalStateException(source + ": expected " + columns.size() + " tab-separated columns "
                        + columns + ", the first one filled, but found " + cells.size() + ": " + line);
            } else {
                rows.add(new Row(source, padded(cells, columns.size())));
            }
        }
        if (!headerSeen) {
            throw new IllegalStateException(name + ": no header line");
        }
        return rows;
    }

    /** Empty trailing columns may be left out of a line. */
    private static List<String> padded(List<String> cells, int size) {
        List<String> all = new ArrayList<>(cells);
        while (all.size() < size) {
            all.add("");
        }
        return List.copyOf(all);
    }
}
