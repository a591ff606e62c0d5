package dev.newsroom.cli.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class DataDirectoryTest {

    @TempDir
    Path dir;

    @Command
    static class SomeCommand {
        @Mixin
        TokenOptions tokens = new TokenOptions();
    }

    @Test
    void theDataDirectoryIsTheOptionElseNewsroomHomeElseDotNewsroom() {
        Path option = Path.of("/srv/newsroom-data");
        Map<String, String> home = Map.of("NEWSROOM_HOME", "/home/me/nr");
        assertThat(DataDirectory.resolve(option, home)).isEqualTo(new DataDirectory(option, "--data"));
        assertThat(DataDirectory.resolve(null, home)).isEqualTo(new DataDirectory(Path.of("/home/me/nr"), "$NEWSROOM_HOME"));
        assertThat(DataDirectory.resolve(null, Map.of()).path()).isEqualTo(Path.of(".newsroom").toAbsolutePath());
        assertThat(DataDirectory.resolve(null, Map.of()).ingestTokenFile())
                .isEqualTo(Path.of(".newsroom", "ingest-token").toAbsolutePath());
    }

    @Test
    void theTokenOfUpsDataDirectoryIsFoundThroughDataAndSaysWhereItCameFrom() throws Exception {
        Files.writeString(dir.resolve("ingest-token"), "s3cret\n");
        SomeCommand command = parse("--data", dir.toString());

        BearerToken token = command.tokens.resolve(Map.of());

        assertThat(token.value()).isEqualTo("s3cret");
        assertThat(token.origin()).isEqualTo(dir.resolve("ingest-token") + " (data directory from --data)");
        assertThat(parse().tokens.resolve(Map.of("NEWSROOM_HOME", dir.toString())).origin())
                .isEqualTo(dir.resolve("ingest-token") + " (data directory from $NEWSROOM_HOME)");
    }

    @Test
    void anExplicitTokenOrTheVariableComesBeforeTheDataDirectory() throws Exception {
        Files.writeString(dir.resolve("ingest-token"), "from-file");
        assertThat(parse("--data", dir.toString(), "--token", "given").tokens.resolve(Map.of()))
                .isEqualTo(new BearerToken("given", "--token"));
        assertThat(parse("--data", dir.toString()).tokens.resolve(Map.of("NEWSROOM_INGEST_TOKEN", "env")))
                .isEqualTo(new BearerToken("env", "$NEWSROOM_INGEST_TOKEN"));
    }

    @Test
    void noTokenFileSaysWhichFileWasLookedForAndHowToPointElsewhere() {
        SomeCommand command = parse("--data", dir.resolve("elsewhere").toString());
        assertThatThrownBy(() -> command.tokens.resolve(Map.of()))
                .hasMessageContaining(dir.resolve("elsewhere/ingest-token") + " (data directory from --data) does not exist")
                .hasMessageContaining("--data DIR that ./newsroom up was started with");
    }

    private static SomeCommand parse(String... args) {
        SomeCommand command = new SomeCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
