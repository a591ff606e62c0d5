package dev.newsroom.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ExtractPropertiesTest {

    @Test
    void runsOneStreamThreadPerCoreByDefaultAtMostOnePerPartition() {
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(properties(0, 3).workerCount()).isEqualTo(Math.min(cores, 3));
        assertThat(properties(0, 1).workerCount()).isEqualTo(1);
    }

    @Test
    void runsTheThreadsItIsGiven() {
        assertThat(properties(2, 3).workerCount()).isEqualTo(2);
    }

    private static ExtractProperties properties(int workers, int partitions) {
        return new ExtractProperties("extract-test", Path.of("state"), workers, 10, Duration.ofSeconds(60), 100_000,
                partitions, (short) 1, DataSize.ofMegabytes(64));
    }
}
