package dev.newsroom.cli.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationsTest {

    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsWhatPeopleWriteAndIso() {
        assertThat(converter.convert("30 min")).isEqualTo(Duration.ofMinutes(30));
        assertThat(converter.convert("30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(converter.convert("5 mins")).isEqualTo(Duration.ofMinutes(5));
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("250 ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(converter.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(converter.convert("2 hours")).isEqualTo(Duration.ofHours(2));
        assertThat(converter.convert("PT30M")).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void refusesWhatIsNotADurationSayingHowToWriteOne() {
        assertThatThrownBy(() -> converter.convert("30")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("write it like 30 min");
        assertThatThrownBy(() -> converter.convert("soon")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("PTX")).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void showsDurationsAsPeopleReadThem() {
        assertThat(Durations.format(Duration.ofMinutes(30))).isEqualTo("30 min");
        assertThat(Durations.format(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
        assertThat(Durations.format(Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(Durations.format(Duration.ofMillis(250))).isEqualTo("250 ms");
    }
}
