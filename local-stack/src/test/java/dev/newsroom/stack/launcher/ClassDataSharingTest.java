package dev.newsroom.stack.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataSharingTest {

    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    @TempDir
    Path target;

    @Test
    void theFirstRunOfAnExtractedJarWritesTheArchiveAndLaterRunsMapIt() throws IOException {
        Path jar = Files.writeString(target.resolve("svc-1.0.jar"), "a jar");
        Path extracted = alreadyExtracted(jar);

        ClassDataSharing.Launch first = ClassDataSharing.prepare(jar, JAVA);
        assertThat(first.jar()).isEqualTo(extracted);
        assertThat(first.jvmOptions()).contains("-XX:ArchiveClassesAtExit=" + target.resolve("cds/app.jsa"));

        Files.writeString(target.resolve("cds/app.jsa"), "an archive");
        ClassDataSharing.Launch later = ClassDataSharing.prepare(jar, JAVA);
        assertThat(later.jar()).isEqualTo(extracted);
        assertThat(later.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + target.resolve("cds/app.jsa"));
    }

    @Test
    void aNewBuildMakesTheExtractionAndArchiveStaleAndAJarThatCannotBeExtractedRunsPlain() throws IOException {
        Path jar = Files.writeString(target.resolve("svc-1.0.jar"), "a jar");
        alreadyExtracted(jar);
        Files.writeString(target.resolve("cds/app.jsa"), "an archive");

        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        ClassDataSharing.Launch launch = ClassDataSharing.prepare(jar, JAVA);

        assertThat(launch.jar()).isEqualTo(jar);
        assertThat(launch.jvmOptions()).isEmpty();
        assertThat(target.resolve("cds/app.jsa")).doesNotExist();
    }

    private Path alreadyExtracted(Path jar) throws IOException {
        Path app = Files.createDirectories(target.resolve("cds/app/lib"));
        Path extracted = Files.writeString(app.getParent().resolve("svc-1.0.jar"), "the application jar");
        Files.writeString(target.resolve("cds/stamp"), ClassDataSharing.stamp(jar));
        return extracted;
    }
}
