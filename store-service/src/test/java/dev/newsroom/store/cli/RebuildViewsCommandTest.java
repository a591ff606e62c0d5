package dev.newsroom.store.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RebuildViewsCommandTest {

    @Test
    void theTimeoutIsShownAndTakenAsPeopleWriteIt() {
        String help = new CommandLine(new RebuildViewsCommand()).getUsageMessage(CommandLine.Help.Ansi.OFF);
        assertThat(help).contains("(default: 30 min)").doesNotContain("PT30M");

        RebuildViewsCommand command = new RebuildViewsCommand();
        new CommandLine(command).parseArgs("--timeout", "45m");
        assertThat(command.timeout).isEqualTo(Duration.ofMinutes(45));
    }
}
