package dev.newsflow.app.cli;

import dev.newsflow.app.config.SecretMask;
import dev.newsflow.app.log.LogFormat;
import dev.newsflow.core.event.DeadLetter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The {@code newsflow} command. Exit codes: 0 success, 1 failure with a one-line reason on stderr,
 * 2 usage error. Stdout carries data only (JSON lines, summaries); logs go to stderr.
 */
@Command(name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A stream-processing news pipeline on Apache Kafka: ingest, enrich, sink.",
        subcommands = {RunCommand.class, BenchCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class, TopicsCommand.class, DlqCommand.class, StatusCommand.class, ConfigCommand.class, ExtractCommand.class, FeedCommand.class, LangCommand.class})
public final class NewsflowCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** The configured command line: the one parser for the CLI, the launcher and the compose file test. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new NewsflowCommand());
        declareConfigOptions(commandLine);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // Commands without a configuration (extract, feed, lang) log as NEWSFLOW_LOG_FORMAT says; the
        // others switch again once their configuration is loaded.
        commandLine.setExecutionStrategy(parseResult -> {
            logFormatFromEnvironment(System.getenv()).apply();
            return new CommandLine.RunLast().execute(parseResult);
        });
        commandLine.setExecutionExceptionHandler((error, command, parseResult) -> {
            // A store URL may carry its password, and errors quote the URL.
            command.getErr().println("newsflow: " + command.getCommandName() + ": " + SecretMask.inText(DeadLetter.reasonOf(error)));
            return 1;
        });
        return commandLine;
    }

    /** Each configured command takes the flags of {@link ConfigOption}'s table it names, declared before any parse. */
    private static void declareConfigOptions(CommandLine command) {
        if (command.getCommand() instanceof ConfiguredCommand configured) {
            ConfigOption.declare(command.getCommandSpec(), configured.allOptions());
        }
        command.getSubcommands().values().forEach(NewsflowCommand::declareConfigOptions);
    }

    private static LogFormat logFormatFromEnvironment(Map<String, String> env) {
        String format = env.get("NEWSFLOW_LOG_FORMAT");
        try {
            return format == null || format.isBlank() ? LogFormat.PLAIN : LogFormat.parse(format);
        } catch (IllegalArgumentException e) {
            return LogFormat.PLAIN; // the commands that read the configuration report it
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }
}
