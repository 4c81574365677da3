package dev.newsflow.app.cli;

import dev.newsflow.app.config.EffectiveConfig;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow config}: what configuration the commands run with. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Shows the effective configuration.",
        subcommands = {ConfigCommand.Print.class})
final class ConfigCommand extends CommandGroup {

    @Command(name = "print", mixinStandardHelpOptions = true,
            description = "Prints the effective configuration as YAML: built-in defaults, then the file (--config or "
                    + "$NEWSFLOW_CONFIG), then NEWSFLOW_<SECTION>_<KEY> variables. Passwords, tokens, secrets and Kafka "
                    + "credentials (sasl.jaas.config, ssl.*.password) are shown as ****.")
    static final class Print extends ConfiguredCommand {

        @Option(names = "--origins", description = "One line per value, saying where it came from: default, the file, env VARIABLE, or flag.")
        private boolean origins;

        @Override
        List<ConfigOption> options() {
            return List.of();
        }

        @Override
        public Integer call() throws Exception {
            EffectiveConfig config = loadConfig();
            PrintWriter out = commandLine().getOut();
            out.print(origins ? config.withOrigins() : config.toYaml());
            out.flush();
            return 0;
        }
    }
}
