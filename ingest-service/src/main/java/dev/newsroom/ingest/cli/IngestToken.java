package dev.newsroom.ingest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where clients find the ingest token: an explicit token, a token file, $NEWSROOM_INGEST_TOKEN, or the file {@code ./newsroom up} writes. */
public final class IngestToken {

    private IngestToken() {
    }

    /**
     * The first of: {@code token}; the first line of {@code tokenFile}; the environment variable
     * {@code NEWSROOM_INGEST_TOKEN}; the first line of {@code $NEWSROOM_HOME/ingest-token} (default home {@code ./.newsroom}).
     *
     * @throws IllegalArgumentException when none gives a token, saying where it looked
     */
    public static String resolve(String token, Path tokenFile) {
        if (token != null && !token.isBlank()) {
            return token.strip();
        }
        Path file = tokenFile;
        if (file == null) {
            String env = System.getenv("NEWSROOM_INGEST_TOKEN");
            if (env != null && !env.isBlank()) {
                return env.strip();
            }
            String home = System.getenv("NEWSROOM_HOME");
            file = (home != null && !home.isBlank() ? Path.of(home) : Path.of(".newsroom")).resolve("ingest-token");
        }
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No ingest token: " + file + " does not exist. Start the system with "
                    + "./newsroom up (it writes the token there), or pass --token or --token-file.");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file " + file, e);
        }
    }
}
