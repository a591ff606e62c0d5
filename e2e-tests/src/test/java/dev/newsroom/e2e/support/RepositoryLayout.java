package dev.newsroom.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where things are in the repository the tests run in. */
public final class RepositoryLayout {

    private RepositoryLayout() {
    }

    /** The repository root: the nearest directory upwards holding the {@code newsroom} script and a pom. */
    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isRegularFile(dir.resolve("newsroom")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("not inside the Newsroom repository: " + Path.of("").toAbsolutePath());
    }
}
