package dev.newsroom.stack.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * One of the Spring Boot services, as {@code up} runs it: {@code java -jar <module>/target/<module>-*.jar}
 * configured by environment only.
 *
 * @param module         the Maven module (and process) name
 * @param port           SERVER_PORT
 * @param managementPort MANAGEMENT_SERVER_PORT, where {@code /actuator/health} answers
 * @param jvmOptions     options of its JVM (the heap limit), before {@code -jar}
 */
record ServiceModule(String module, int port, int managementPort, List<String> jvmOptions) {

    /** Whether the module has a Spring Boot application yet (other issues fill the modules in). */
    boolean hasApplication(Path root) {
        Path sources = root.resolve(module).resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.filter(file -> file.toString().endsWith(".java")).anyMatch(ServiceModule::declaresApplication);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + sources, e);
        }
    }

    private static boolean declaresApplication(Path javaFile) {
        try {
            return Files.readString(javaFile).contains("@SpringBootApplication");
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether {@code jar} can run with {@code java -jar}: a Spring Boot jar names its Main-Class. */
    static boolean executable(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue(Attributes.Name.MAIN_CLASS) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** The packaged fat jar, if it was built. */
    Optional<Path> jar(Path root) {
        Path target = root.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(module + "-") && name.endsWith(".jar")
                        && !name.endsWith("-sources.jar") && !name.endsWith("-tests.jar") && !name.endsWith("-plain.jar");
            }).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target, e);
        }
    }
}
