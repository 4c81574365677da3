package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigFlags;
import dev.newsflow.app.config.EffectiveConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code newsflow config}: what configuration the commands run with. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Shows the effective configuration.",
        subcommands = {ConfigCommand.Print.class})
final class ConfigCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a config command is required: print");
    }

    @Command(name = "print", mixinStandardHelpOptions = true,
            description = {"Prints the effective configuration as YAML: built-in defaults, then the",
                "file (--config or $NEWSFLOW_CONFIG), then NEWSFLOW_<SECTION>_<KEY> variables.",
                "Passwords, tokens, secrets and Kafka credentials (sasl.jaas.config,",
                "ssl.*.password) are shown as ****."})
    static final class Print implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private ConfigOptions configOptions;

        @Option(names = "--origins", description = "One line per value, saying where it came from: default, the file, env VARIABLE, or flag.")
        private boolean origins;

        @Override
        public Integer call() throws Exception {
            EffectiveConfig config = configOptions.load(new ConfigFlags());
            PrintWriter out = spec.commandLine().getOut();
            out.print(origins ? config.withOrigins() : config.toYaml());
            out.flush();
            return 0;
        }
    }
}
