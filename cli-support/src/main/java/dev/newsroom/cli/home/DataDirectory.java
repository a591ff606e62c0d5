package dev.newsroom.cli.home;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where {@code ./newsroom} keeps its data: {@code --data DIR}, else {@code $NEWSROOM_HOME}, else
 * {@code ./.newsroom}. Every command finds it by this one rule, so {@code up --data DIR} and
 * {@code ingest --data DIR} (or the same {@code NEWSROOM_HOME}) meet in the same place.
 *
 * @param path    the directory, absolute
 * @param foundBy how it was chosen, for messages: {@code --data}, {@code $NEWSROOM_HOME} or the default
 */
public record DataDirectory(Path path, String foundBy) {

    public static final String HOME_VARIABLE = "NEWSROOM_HOME";
    public static final String DEFAULT_NAME = ".newsroom";
    static final String INGEST_TOKEN_FILE = "ingest-token";

    /** The data directory for a {@code --data} value (null when not given) and this process's environment. */
    public static DataDirectory resolve(Path option) {
        return resolve(option, System.getenv());
    }

    public static DataDirectory resolve(Path option, Map<String, String> environment) {
        String home = environment.get(HOME_VARIABLE);
        if (option != null) {
            return new DataDirectory(absolute(option), "--data");
        }
        if (home != null && !home.isBlank()) {
            return new DataDirectory(absolute(Path.of(home)), "$" + HOME_VARIABLE);
        }
        return new DataDirectory(absolute(Path.of(DEFAULT_NAME)), "the default ./" + DEFAULT_NAME);
    }

    /** The bearer token of the ingest API, which {@code ./newsroom up} creates here. */
    public Path ingestTokenFile() {
        return path.resolve(INGEST_TOKEN_FILE);
    }

    public Path logs() {
        return path.resolve("logs");
    }

    private static Path absolute(Path dir) {
        return dir.toAbsolutePath().normalize();
    }
}
