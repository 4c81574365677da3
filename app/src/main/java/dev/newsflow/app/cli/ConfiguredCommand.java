package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigException;
import dev.newsflow.app.config.EffectiveConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * A command that runs with the configuration: {@code --config FILE}, {@code --log-format}, and the
 * flags of {@link ConfigOption}'s table it names in {@link #options()}, declared on it by
 * {@link NewsflowCommand#commandLine()} and read back here.
 */
abstract class ConfiguredCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions configOptions;

    /** The flags of the table this command takes, beyond {@code --log-format}, which every one takes. */
    abstract List<ConfigOption> options();

    final List<ConfigOption> allOptions() {
        List<ConfigOption> all = new ArrayList<>(options());
        all.add(ConfigOption.LOG_FORMAT);
        return all;
    }

    /** The configuration this command runs with; switches the log format, so call it first. */
    final EffectiveConfig loadConfig() throws ConfigException {
        return configOptions.load(ConfigOption.given(spec, allOptions()));
    }

    final CommandLine commandLine() {
        return spec.commandLine();
    }
}
