package dev.newsroom.cli.home;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --data DIR} option, as every command takes it (a picocli mixin). */
public class DataOption {

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory of ./newsroom up (default: $NEWSROOM_HOME, else ./.newsroom).")
    Path data;

    public DataDirectory directory() {
        return DataDirectory.resolve(data);
    }
}
