package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigException;
import dev.newsflow.app.config.ConfigFlags;
import dev.newsflow.app.config.ConfigLoader;
import dev.newsflow.app.config.EffectiveConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** The configuration file: the option of every command that reads the configuration. */
final class ConfigOptions {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigOptions.class);

    /** Names the configuration file when {@code --config} is not given (e.g. in a container's environment). */
    static final String CONFIG_ENV = "NEWSFLOW_CONFIG";

    @Option(names = "--config", paramLabel = "FILE",
            description = "The YAML configuration file: kafka, topics, run, ingest, sources, enrich, sink, observe, log (default: $NEWSFLOW_CONFIG, if set).")
    Path file;

    /**
     * The configuration this command runs with: defaults, the file, the process environment, then
     * {@code flags}. Switches the log format to the configured one, so call it first.
     */
    EffectiveConfig load(ConfigFlags flags) throws ConfigException {
        return load(flags, System.getenv());
    }

    EffectiveConfig load(ConfigFlags flags, Map<String, String> env) throws ConfigException {
        String named = env.get(CONFIG_ENV);
        Path chosen = file != null ? file : named == null || named.isBlank() ? null : Path.of(named);
        EffectiveConfig config = ConfigLoader.load(chosen, env, flags);
        config.config().log().format().apply();
        // Names only, never values: which file and which variables decided, for whoever reads the log of a stage.
        // Nothing to say when only defaults and flags decided: a one-shot command's stderr stays quiet.
        List<String> variables = config.origins().values().stream().filter(origin -> origin.startsWith("env "))
                .map(origin -> origin.substring("env ".length())).distinct().sorted().toList();
        if (chosen != null || !variables.isEmpty()) {
            LOG.info("configuration: {}; from the environment: {}", chosen == null ? "no file" : "file " + chosen, variables);
        }
        return config;
    }
}
