package dev.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.app.config.ConfigKey;
import dev.newsflow.app.config.EffectiveConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Each flag that sets a configuration key is declared once, in the table, and says which key. */
class ConfigOptionTest {

    private static final List<String> STAGES = List.of("run", "ingest", "enrich", "sink");

    private static ConfiguredCommand parsed(String... args) {
        CommandLine.ParseResult result = NewsflowCommand.commandLine().parseArgs(args);
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return (ConfiguredCommand) result.commandSpec().userObject();
    }

    private static EffectiveConfig configOf(String... args) throws Exception {
        ConfiguredCommand command = parsed(args);
        return command.configOptions.load(ConfigOption.given(command.spec, command.allOptions()), Map.of());
    }

    @Test
    void shouldTakeTheBindAddressOnEveryCommandWithAnHttpPort() throws Exception {
        for (String stage : STAGES) {
            assertThat(configOf(stage, "--http-bind-address", "127.0.0.1").config().observe().bindAddress().getHostAddress()).as(stage).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void shouldSetTheStagesOwnPortFromTheOneHttpPortFlag() throws Exception {
        assertThat(configOf("run", "--http-port", "9100").config().observe().ports().run()).isEqualTo(9100);
        assertThat(configOf("ingest", "--http-port", "9101").config().observe().ports().ingest()).isEqualTo(9101);
        assertThat(configOf("enrich", "--http-port", "9102").config().observe().ports().enrich()).isEqualTo(9102);
        EffectiveConfig sink = configOf("sink", "--http-port", "9103");
        assertThat(sink.config().observe().ports().sink()).isEqualTo(9103);
        assertThat(sink.origins()).containsEntry("observe.ports.sink", "flag").doesNotContainKey("observe.ports.run");
    }

    @Test
    void shouldTurnAFlagsUnitIntoTheConfiguredDuration() throws Exception {
        EffectiveConfig sink = configOf("sink", "--linger-ms", "50", "--export-rotate-seconds", "120");

        assertThat(sink.config().sink().linger()).isEqualTo(Duration.ofMillis(50));
        assertThat(sink.config().sink().export().rotate()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void shouldLeaveKeysOfFlagsNotGivenToTheFileTheEnvironmentAndTheDefaults() throws Exception {
        EffectiveConfig sink = configOf("sink", "--batch-size", "7");

        assertThat(sink.origins()).containsOnlyKeys("sink.batch-size");
        assertThat(sink.config().sink().linger()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void shouldNameTheKeyTheVariableAndTheBuiltInDefaultInTheFlagsHelp() {
        CommandLine sink = NewsflowCommand.commandLine().getSubcommands().get("sink");
        String help = String.join(" ", sink.getCommandSpec().findOption("--linger-ms").description());

        assertThat(help).isEqualTo("How long a started batch waits for more articles (config sink.linger, env NEWSFLOW_SINK_LINGER; default: 200).");
    }

    @Test
    void shouldOnlyNameKeysTheConfigurationHas() {
        assertEveryCommand(NewsflowCommand.commandLine());
    }

    private static void assertEveryCommand(CommandLine command) {
        if (command.getCommand() instanceof ConfiguredCommand configured) {
            for (ConfigOption option : configured.allOptions()) {
                assertThat(ConfigKey.exists(option.key())).as(command.getCommandName() + " " + option.name() + " " + option.key()).isTrue();
            }
        }
        command.getSubcommands().values().forEach(ConfigOptionTest::assertEveryCommand);
    }
}
