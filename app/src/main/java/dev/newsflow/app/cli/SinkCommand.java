package dev.newsflow.app.cli;

import dev.newsflow.app.observe.ObservedSinkListener;
import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.sink.consume.SinkListener;
import dev.newsflow.sink.consume.SinkService;
import dev.newsflow.sink.consume.SinkSettings;
import dev.newsflow.sink.file.FileExportService;
import dev.newsflow.sink.file.RotatingJsonLinesFile;
import dev.newsflow.sink.jdbc.JdbcArticleStore;
import dev.newsflow.sink.route.RoutedTopics;
import dev.newsflow.sink.route.RoutesFile;
import dev.newsflow.sink.route.RoutingRules;
import dev.newsflow.sink.route.RoutingService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow sink}: the sink stage as a service: the store, and optionally routing and file export. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Runs the sink stage until stopped: news.enriched.v1 -> store (SQLite or PostgreSQL),",
            "plus rule-based routing to downstream topics (--routes) and JSON Lines files (--export-dir)."})
final class SinkCommand implements Callable<Integer> {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @Spec
    private CommandSpec spec;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private TopicOptions topics;

    @Option(names = "--store", paramLabel = "JDBC-URL", defaultValue = "jdbc:sqlite:data/newsflow.db",
            description = "Where to store articles: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=…&password=… (default: ${DEFAULT-VALUE}).")
    private String store;

    @Option(names = "--group-id", defaultValue = "newsflow-sink",
            description = "Consumer group; instances with the same group share the work (default: ${DEFAULT-VALUE}).")
    private String groupId;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "500",
            description = "Articles per store transaction at most (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Option(names = "--linger-ms", paramLabel = "MS", defaultValue = "200",
            description = "How long a started batch waits for more articles (default: ${DEFAULT-VALUE}).")
    private long lingerMs;

    @Option(names = "--routes", paramLabel = "FILE",
            description = "A YAML file of routing rules; matching events go to their downstream topics, exactly once.")
    private Path routes;

    @Option(names = "--router-id", defaultValue = RoutingService.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id of the router (default: ${DEFAULT-VALUE}).")
    private String routerId;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "data/router",
            description = "Kafka Streams state directory of the router (default: ${DEFAULT-VALUE}).")
    private Path stateDir;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8083",
            description = "Port of /metrics, /health, /ready and the status page (0: any free port; default: ${DEFAULT-VALUE}).")
    private int httpPort;

    @Option(names = "--export-dir", paramLabel = "DIR",
            description = "Also export enriched events as gzipped JSON Lines files into DIR.")
    private Path exportDir;

    @Option(names = "--export-rotate-seconds", paramLabel = "SECONDS", defaultValue = "3600",
            description = "A new export file every SECONDS (default: ${DEFAULT-VALUE}).")
    private long exportRotateSeconds;

    @Option(names = "--export-group-id", defaultValue = FileExportService.DEFAULT_GROUP_ID,
            description = "Consumer group of the file export (default: ${DEFAULT-VALUE}).")
    private String exportGroupId;

    @Override
    public Integer call() throws Exception {
        String bootstrap = StageCommand.requireBootstrap(kafka, spec.commandLine());
        SinkSettings settings = new SinkSettings(batchSize, Duration.ofMillis(lingerMs),
                SinkSettings.DEFAULTS.initialBackoff(), SinkSettings.DEFAULTS.maxBackoff());
        RoutingRules rules = routes == null ? null : RoutesFile.load(routes);
        StageCommand.ensureTopics(kafka, topics.replicationFactor, topics.partitions);
        Deque<AutoCloseable> started = new ArrayDeque<>();
        AtomicReference<SinkService> sink = new AtomicReference<>();
        try {
            StageEndpoint endpoint = StageEndpoint.open("sink", httpPort, () -> sink.get() != null && sink.get().ready(),
                    bootstrap, kafka.properties(), spec.commandLine().getErr());
            started.push(endpoint);
            if (rules != null) {
                RoutedTopics.ensure(bootstrap, kafka.properties(), rules, topics.partitions, topics.replicationFactor);
                RoutingService router = new RoutingService(bootstrap, routerId, stateDir, rules, kafka.properties());
                started.push(router);
                if (!router.start(START_TIMEOUT)) {
                    throw new IllegalStateException("the router did not start within " + START_TIMEOUT.toSeconds() + " s");
                }
            }
            if (exportDir != null) {
                RotatingJsonLinesFile file = new RotatingJsonLinesFile(exportDir, "enriched",
                        Duration.ofSeconds(exportRotateSeconds), Clock.systemUTC());
                FileExportService export = new FileExportService(bootstrap, exportGroupId, file, kafka.properties());
                started.push(export);
                new Thread(export, "newsflow-export").start();
            }
            JdbcArticleStore articles = JdbcArticleStore.open(store, Clock.systemUTC());
            started.push(articles);
            SinkService service = new SinkService(bootstrap, groupId, articles,
                    new ObservedSinkListener(SinkListener.NONE, endpoint.observability(), Clock.systemUTC()), kafka.properties(),
                    settings, Clock.systemUTC());
            sink.set(service);
            started.push(service);
            StageCommand.stopOnSignal("sink", () -> closeAll(started));
            service.run();
        } finally {
            closeAll(started);
        }
        return 0;
    }

    /** Closes in reverse start order; safe to call twice (signal, then the end of {@link #call()}). */
    private static synchronized void closeAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("newsflow: sink: closing failed: " + e.getMessage());
            }
        }
    }
}
