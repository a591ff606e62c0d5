package dev.newsroom.stack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Application class data sharing for a Spring Boot service jar, as Spring Boot documents it: the jar is
 * extracted once ({@code java -Djarmode=tools -jar app.jar extract}) into {@code <module>/target/cds/app/},
 * the first start writes a dynamic archive of every class it loaded when it stops
 * ({@code -XX:ArchiveClassesAtExit}), and later starts map it ({@code -XX:SharedArchiveFile}), which halves the
 * CPU a start takes (class loading, verification and the JIT work that goes with it).
 *
 * <p>Falls back to the plain jar when extraction fails or {@code NEWSROOM_CDS=off}. A new build of the jar
 * or another JVM makes the extraction and its archive stale: both are made again. The JVM itself checks an
 * archive against the class path and runs without it (a warning in the log) when they do not match.
 */
final class ClassDataSharing {

    static final String SWITCH_VARIABLE = "NEWSROOM_CDS";
    private static final String ARCHIVE = "app.jsa";
    private static final String STAMP = "stamp";

    /** How to run the service: its jar and the JVM options that go with it. */
    record Launch(Path jar, List<String> jvmOptions, String description) {
    }

    private ClassDataSharing() {
    }

    /**
     * @param fatJar the packaged Spring Boot jar
     * @param java   the {@code java} binary the service runs on
     */
    static Launch prepare(Path fatJar, String java) {
        if ("off".equalsIgnoreCase(System.getenv(SWITCH_VARIABLE))) {
            return plain(fatJar, SWITCH_VARIABLE + "=off");
        }
        Path dir = fatJar.resolveSibling("cds");
        try {
            String stamp = stamp(fatJar);
            Optional<Path> extracted = current(dir, stamp);
            if (extracted.isEmpty()) {
                extracted = extract(fatJar, java, dir, stamp);
            }
            if (extracted.isEmpty()) {
                return plain(fatJar, "the jar could not be extracted");
            }
            Path archive = dir.resolve(ARCHIVE);
            if (Files.isRegularFile(archive) && Files.size(archive) > 0) {
                return new Launch(extracted.get(), List.of("-XX:SharedArchiveFile=" + archive), "class data sharing: " + archive);
            }
            // -Xlog:cds=off: dumping warns of each class it leaves out (generated accessors, unlinked classes)
            return new Launch(extracted.get(), List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off"),
                    "class data sharing: no archive yet, this run writes " + archive + " when it stops");
        } catch (IOException | UncheckedIOException e) {
            return plain(fatJar, "class data sharing unavailable: " + e.getMessage());
        }
    }

    private static Launch plain(Path fatJar, String why) {
        return new Launch(fatJar, List.of(), "no class data sharing (" + why + ")");
    }

    /** The jar's size and time and the JVM's version: what an extraction and its archive are valid for. */
    static String stamp(Path fatJar) throws IOException {
        return Files.size(fatJar) + " " + Files.getLastModifiedTime(fatJar).toMillis() + " "
                + System.getProperty("java.vm.version") + " " + System.getProperty("java.home");
    }

    private static Optional<Path> current(Path dir, String stamp) throws IOException {
        Path stampFile = dir.resolve(STAMP);
        if (!Files.isRegularFile(stampFile) || !Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
            return Optional.empty();
        }
        return applicationJar(dir.resolve("app"));
    }

    /** Extracts the jar into a fresh directory and moves it into place, dropping the stale archive. */
    private static Optional<Path> extract(Path fatJar, String java, Path dir, String stamp) throws IOException {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Path staging = dir.resolve("app.partial");
        Process process = new ProcessBuilder(java, "-Djarmode=tools", "-jar", fatJar.toString(), "extract",
                "--destination", staging.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (process.waitFor() != 0) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return Optional.empty();
        }
        Files.move(staging, dir.resolve("app"), StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(dir.resolve(STAMP), stamp, StandardCharsets.UTF_8);
        return applicationJar(dir.resolve("app"));
    }

    /** The extracted application jar: the one jar beside {@code lib/}. */
    private static Optional<Path> applicationJar(Path app) throws IOException {
        if (!Files.isDirectory(app)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(app)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).findFirst();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
