package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigFlags;
import dev.newsflow.app.config.ConfigKey;
import dev.newsflow.app.log.LogFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A command-line flag that sets one configuration key, and the table of all of them. Each flag is
 * written here once: its help text (with the key, the environment variable and the built-in
 * default, taken from the configuration itself) and its binding both come from this entry, so a
 * command lists the flags it takes and nothing else. Flags that set no key ({@code --once},
 * {@code extract}'s inputs) stay annotated fields of their commands.
 *
 * @param name         the flag, e.g. {@code --batch-size}
 * @param paramLabel   what the value is, e.g. {@code N}; null for a switch
 * @param key          the dotted configuration key it sets
 * @param type         the value's type as given on the command line
 * @param unit         how that value becomes the configuration's value
 * @param help         what it does, one sentence without a final period
 * @param shownDefault the default to show when the built-in one is absent or says too little; null: the built-in one
 */
record ConfigOption(String name, String paramLabel, String key, Class<?> type, Unit unit, String help, String shownDefault) {

    /** How a flag's value becomes the configuration's: most as they are, durations from the flag's own unit. */
    enum Unit {
        AS_GIVEN, SECONDS, MILLISECONDS;

        Object toConfig(Object given) {
            if (given == null || this == AS_GIVEN) {
                return given;
            }
            long amount = ((Number) given).longValue();
            return this == SECONDS ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
        }

        /** The built-in default in the flag's unit: {@code --linger-ms} shows 200, not 200ms. */
        String shown(String builtIn) {
            if (this == AS_GIVEN) {
                return builtIn;
            }
            Duration duration = ConfigKey.duration(builtIn);
            return Long.toString(this == SECONDS ? duration.toSeconds() : duration.toMillis());
        }
    }

    // Every command that reads the configuration.
    static final ConfigOption LOG_FORMAT = of("--log-format", "plain|json", "log.format", LogFormat.class,
            "Log lines on stderr as plain text or JSON");

    // Every command that talks to Kafka.
    static final ConfigOption BOOTSTRAP_SERVERS = of("--bootstrap-servers", "HOST:PORT[,…]", "kafka.bootstrap-servers", String.class,
            "Kafka bootstrap servers");
    static final ConfigOption KAFKA_PROPERTY = of("--kafka-property", "KEY=VALUE", "kafka.properties", Map.class,
            "A Kafka client setting passed through to every client (e.g. security.protocol=SSL). Repeatable");
    static final List<ConfigOption> KAFKA = List.of(BOOTSTRAP_SERVERS, KAFKA_PROPERTY);

    // Commands that create missing topics.
    static final ConfigOption PARTITIONS = of("--partitions", "N", "topics.partitions", Integer.class,
            "Partitions of topics this command creates if missing");
    static final ConfigOption REPLICATION_FACTOR = of("--replication-factor", "N", "topics.replication-factor", Short.class,
            "Replication factor of topics this command creates if missing (use 3 on a real cluster)");
    static final List<ConfigOption> TOPICS = List.of(PARTITIONS, REPLICATION_FACTOR);

    // Commands that serve /metrics, /health, /ready and the status page.
    static final ConfigOption HTTP_BIND_ADDRESS = of("--http-bind-address", "ADDRESS", "observe.bind-address", String.class,
            "Interface of /metrics, /health, /ready and the status page, e.g. 127.0.0.1").showingDefault("all interfaces");

    // run
    static final ConfigOption RUN_INPUTS = of("--input", "PATH-or-URL", "run.inputs", List.class,
            "A file or directory of archived feed items, or the http(s) URL of a feed to poll. Repeatable")
            .showingDefault("the bundled samples");
    static final ConfigOption DATA_DIR = of("--data-dir", "DIR", "run.data-dir", Path.class, "Broker, Streams state and SQLite store");
    static final ConfigOption TIMEOUT = of("--timeout", "SECONDS", "run.timeout", Long.class, "How long --once waits for the run to drain")
            .in(Unit.SECONDS);

    // ingest
    static final ConfigOption INGEST_INPUTS = of("--input", "PATH", "ingest.inputs", List.class,
            "A file or folder of archived feed items. Repeatable");
    static final ConfigOption POLL_SECONDS = of("--poll-seconds", "SECONDS", "ingest.poll-interval", Long.class,
            "With --input: how often to look for new files").in(Unit.SECONDS);
    static final ConfigOption DEPLOYMENT = of("--deployment", "NAME", "ingest.deployment", String.class,
            "The name all instances of one ingest deployment share: instances with the same name never publish an item twice,"
                    + " and a restarted one fences its predecessor");
    static final ConfigOption FOLLOW_LINKS = of("--follow-links", null, "ingest.follow-links", Boolean.class,
            "Also follow symbolic links that lead out of an input folder").showingDefault("refused, each with a dead letter");

    // enrich
    static final ConfigOption APPLICATION_ID = of("--application-id", "ID", "enrich.application-id", String.class,
            "Kafka Streams application id; instances with the same id share the work");
    static final ConfigOption ENRICH_STATE_DIR = of("--state-dir", "DIR", "enrich.state-dir", Path.class, "Kafka Streams state");
    static final ConfigOption THREADS = of("--threads", "N", "enrich.threads", Integer.class, "Stream threads");

    // sink
    static final ConfigOption STORE = of("--store", "JDBC-URL", "sink.store.url", String.class,
            "Where to store articles: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB, with sink.store.user and sink.store.password")
            .showingDefault("jdbc:sqlite:DATA_DIR/newsflow.db, DATA_DIR being run.data-dir");
    static final ConfigOption GROUP_ID = of("--group-id", "ID", "sink.group-id", String.class,
            "Consumer group; instances with the same group share the work");
    static final ConfigOption BATCH_SIZE = of("--batch-size", "N", "sink.batch-size", Integer.class, "Articles per store transaction at most");
    static final ConfigOption LINGER_MS = of("--linger-ms", "MS", "sink.linger", Long.class,
            "How long a started batch waits for more articles").in(Unit.MILLISECONDS);
    static final ConfigOption ROUTES = of("--routes", "FILE", "sink.routes", Path.class,
            "A YAML file of routing rules; matching events go to their downstream topics, exactly once");
    static final ConfigOption ROUTER_ID = of("--router-id", "ID", "sink.router.application-id", String.class,
            "Kafka Streams application id of the router");
    static final ConfigOption ROUTER_STATE_DIR = of("--state-dir", "DIR", "sink.router.state-dir", Path.class,
            "Kafka Streams state directory of the router");
    static final ConfigOption EXPORT_DIR = of("--export-dir", "DIR", "sink.export.dir", Path.class,
            "Also export enriched events as gzipped JSON Lines files into DIR");
    static final ConfigOption EXPORT_ROTATE_SECONDS = of("--export-rotate-seconds", "SECONDS", "sink.export.rotate", Long.class,
            "A new export file every SECONDS").in(Unit.SECONDS);
    static final ConfigOption EXPORT_GROUP_ID = of("--export-group-id", "ID", "sink.export.group-id", String.class,
            "Consumer group of the file export");

    // status
    static final ConfigOption STATUS_ENRICH_ID = of("--enrich-application-id", "ID", "enrich.application-id", String.class,
            "Application id of the enrich stage");
    static final ConfigOption STATUS_SINK_GROUP = of("--sink-group-id", "ID", "sink.group-id", String.class,
            "Consumer group of the sink stage");
    static final ConfigOption WINDOW_SECONDS = of("--window-seconds", "SECONDS", "observe.status-window", Long.class,
            "Throughput over this many recent seconds").in(Unit.SECONDS);

    private static ConfigOption of(String name, String paramLabel, String key, Class<?> type, String help) {
        return new ConfigOption(name, paramLabel, key, type, Unit.AS_GIVEN, help, null);
    }

    /** The port a stage ({@code run}, {@code ingest}, {@code enrich}, {@code sink}) serves on: one flag, a key per stage. */
    static ConfigOption httpPort(String stage) {
        return of("--http-port", "PORT", "observe.ports." + stage, Integer.class,
                "Port of /metrics, /health, /ready and the status page; 0: any free port");
    }

    /** What a command that talks to Kafka takes: the cluster, then its own. */
    static List<ConfigOption> kafka(ConfigOption... own) {
        List<ConfigOption> options = new ArrayList<>(KAFKA);
        options.addAll(List.of(own));
        return List.copyOf(options);
    }

    /** What a long-running stage command takes: the cluster, its topics, and its HTTP endpoint. */
    static List<ConfigOption> stage(String stage, ConfigOption... own) {
        List<ConfigOption> options = new ArrayList<>(TOPICS);
        options.add(httpPort(stage));
        options.add(HTTP_BIND_ADDRESS);
        options.addAll(List.of(own));
        return kafka(options.toArray(ConfigOption[]::new));
    }

    private ConfigOption in(Unit inUnit) {
        return new ConfigOption(name, paramLabel, key, type, inUnit, help, shownDefault);
    }

    private ConfigOption showingDefault(String text) {
        return new ConfigOption(name, paramLabel, key, type, unit, help, text);
    }

    /** The help line: what it does, then which key and variable it stands for and its default. */
    String description() {
        StringJoiner where = new StringJoiner(", ", " (config ", "");
        where.add(key);
        String variable = ConfigKey.environmentVariable(key);
        if (variable != null) {
            where.add("env " + variable);
        }
        String builtIn = ConfigKey.builtInDefault(key);
        String shown = shownDefault != null ? shownDefault : builtIn == null ? null : unit.shown(builtIn);
        return help + where + (shown == null ? "" : "; default: " + shown) + ").";
    }

    OptionSpec spec() {
        OptionSpec.Builder option = OptionSpec.builder(name).type(type).description(description());
        if (paramLabel != null) {
            option.paramLabel(paramLabel);
        }
        if (type == List.class) {
            option.auxiliaryTypes(String.class);
        } else if (type == Map.class) {
            option.auxiliaryTypes(String.class, String.class);
        }
        return option.build();
    }

    /** Adds {@code options} to a command's model: call before the command line is parsed. */
    static void declare(CommandSpec command, List<ConfigOption> options) {
        for (ConfigOption option : options) {
            command.addOption(option.spec());
        }
    }

    /** The configuration keys the given flags set, each flag's value in the configuration's unit; flags not given set nothing. */
    static ConfigFlags given(CommandSpec command, List<ConfigOption> options) {
        ConfigFlags flags = new ConfigFlags();
        for (ConfigOption option : options) {
            flags.set(option.key(), option.unit().toConfig(command.findOption(option.name()).getValue()));
        }
        return flags;
    }
}
