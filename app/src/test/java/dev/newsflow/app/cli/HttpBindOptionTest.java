package dev.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command that serves an HTTP port takes the interface to serve it on. */
class HttpBindOptionTest {

    @Test
    void shouldTakeTheBindAddressOnEveryCommandWithAnHttpPort() {
        for (String command : List.of("run", "ingest", "enrich", "sink")) {
            CommandLine.ParseResult parsed = NewsflowCommand.commandLine().parseArgs(command, "--http-bind-address", "127.0.0.1");

            assertThat(parsed.subcommand().matchedOptionValue("--http-bind-address", (String) null)).as(command).isEqualTo("127.0.0.1");
        }
    }
}
