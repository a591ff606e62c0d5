package dev.newsroom.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * A Spring Boot service module as the build left it: its compiled classes and the runtime classpath
 * the root pom writes to {@code target/classpath.txt} (the same files {@code ./newsroom} runs from).
 */
public record ServiceModule(String name, Path dir, Path classesDir, List<Path> classpath) {

    private static final String SPRING_BOOT_APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

    /** Reads the built module {@code name} under {@code root}; fails clearly when it has not been packaged. */
    public static ServiceModule load(Path root, String name) {
        Path dir = root.resolve(name);
        Path classes = dir.resolve("target/classes");
        Path classpathFile = dir.resolve("target/classpath.txt");
        if (!Files.isDirectory(classes) || !Files.isRegularFile(classpathFile)) {
            throw new IllegalStateException(name + " is not built (no target/classes or target/classpath.txt); "
                    + "run ./mvnw -B verify, or package it: ./mvnw -pl " + name + " -am package -DskipTests");
        }
        List<Path> classpath = new ArrayList<>();
        classpath.add(classes);
        try {
            for (String entry : Files.readString(classpathFile).trim().split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    classpath.add(Path.of(entry));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ServiceModule(name, dir, classes, List.copyOf(classpath));
    }

    /** The class annotated {@code @SpringBootApplication} in this module: what the service runs. */
    public String mainClass() {
        SimpleMetadataReaderFactory readers = new SimpleMetadataReaderFactory();
        try (Stream<Path> files = Files.walk(classesDir)) {
            List<String> mains = files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> {
                        try {
                            MetadataReader reader = readers.getMetadataReader(
                                    new org.springframework.core.io.FileSystemResource(f));
                            return reader.getAnnotationMetadata();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .filter(m -> m.hasAnnotation(SPRING_BOOT_APPLICATION))
                    .map(AnnotationMetadata::getClassName)
                    .toList();
            if (mains.size() != 1) {
                throw new IllegalStateException(name + ": expected one @SpringBootApplication class, found " + mains);
            }
            return mains.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classpath as a {@code java -cp} argument. */
    public String classpathArgument() {
        return String.join(java.io.File.pathSeparator, classpath.stream().map(Path::toString).toList());
    }

    /** A class loader over the module's runtime classpath, isolated from the test's own classes. */
    public URLClassLoader classLoader() {
        URL[] urls = classpath.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        }).toArray(URL[]::new);
        return new URLClassLoader(name, urls, ClassLoader.getPlatformClassLoader());
    }
}
