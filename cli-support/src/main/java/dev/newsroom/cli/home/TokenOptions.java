package dev.newsroom.cli.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How a command finds the ingest (and admin) bearer token, a picocli mixin: {@code --token}, else the first
 * line of {@code --token-file}, else {@code $NEWSROOM_INGEST_TOKEN}, else {@code <data>/ingest-token}, the
 * file {@code ./newsroom up} writes in its data directory.
 */
public class TokenOptions {

    public static final String TOKEN_VARIABLE = "NEWSROOM_INGEST_TOKEN";

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--token", paramLabel = "TOKEN", description = "Bearer token (default: $NEWSROOM_INGEST_TOKEN, else the token file).")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the token (default: <data>/ingest-token, which ./newsroom up writes).")
    Path tokenFile;

    /** @throws IllegalArgumentException when no token is found, saying where it looked */
    public BearerToken token() {
        return resolve(System.getenv());
    }

    BearerToken resolve(Map<String, String> environment) {
        if (token != null && !token.isBlank()) {
            return new BearerToken(token.strip(), "--token");
        }
        if (tokenFile != null) {
            return read(tokenFile.toAbsolutePath().normalize(), "--token-file");
        }
        String variable = environment.get(TOKEN_VARIABLE);
        if (variable != null && !variable.isBlank()) {
            return new BearerToken(variable.strip(), "$" + TOKEN_VARIABLE);
        }
        DataDirectory directory = DataDirectory.resolve(data.data, environment);
        return read(directory.ingestTokenFile(), "data directory from " + directory.foundBy());
    }

    private static BearerToken read(Path file, String how) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("No ingest token: " + file + " (" + how + ") does not exist. "
                    + "Pass the --data DIR that ./newsroom up was started with (it writes the token there), "
                    + "set $" + DataDirectory.HOME_VARIABLE + ", or pass --token or --token-file.");
        }
        try {
            String value = Files.readString(file, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("").strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("No ingest token: " + file + " (" + how + ") is empty.");
            }
            return new BearerToken(value, file + " (" + how + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token file " + file, e);
        }
    }
}
