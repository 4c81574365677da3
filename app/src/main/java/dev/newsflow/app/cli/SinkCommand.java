package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigFlags;
import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.observe.ObservedSinkListener;
import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.app.store.TitleLengthLimit;
import dev.newsflow.sink.consume.SinkListener;
import dev.newsflow.sink.consume.SinkService;
import dev.newsflow.sink.consume.SinkSettings;
import dev.newsflow.sink.file.FileExportService;
import dev.newsflow.sink.file.RotatingJsonLinesFile;
import dev.newsflow.sink.jdbc.ArticleStore;
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
import java.util.Map;
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

    @Mixin
    private ConfigOptions configOptions;

    @Option(names = "--store", paramLabel = "JDBC-URL",
            description = "Where to store articles: jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB (config sink.store.url, with sink.store.user and sink.store.password; default: jdbc:sqlite:data/newsflow.db).")
    private String store;

    @Option(names = "--group-id",
            description = "Consumer group; instances with the same group share the work (config sink.group-id; default: newsflow-sink).")
    private String groupId;

    @Option(names = "--batch-size", paramLabel = "N",
            description = "Articles per store transaction at most (config sink.batch-size; default: 500).")
    private Integer batchSize;

    @Option(names = "--linger-ms", paramLabel = "MS",
            description = "How long a started batch waits for more articles (config sink.linger; default: 200).")
    private Long lingerMs;

    @Option(names = "--routes", paramLabel = "FILE",
            description = "A YAML file of routing rules; matching events go to their downstream topics, exactly once (config sink.routes).")
    private Path routes;

    @Option(names = "--router-id",
            description = "Kafka Streams application id of the router (config sink.router.application-id; default: " + RoutingService.DEFAULT_APPLICATION_ID + ").")
    private String routerId;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Kafka Streams state directory of the router (config sink.router.state-dir; default: data/router).")
    private Path stateDir;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of /metrics, /health, /ready and the status page (0: any free port; config observe.ports.sink; default: 8083).")
    private Integer httpPort;

    @Mixin
    private HttpBindOption httpBind;

    @Option(names = "--export-dir", paramLabel = "DIR",
            description = "Also export enriched events as gzipped JSON Lines files into DIR (config sink.export.dir).")
    private Path exportDir;

    @Option(names = "--export-rotate-seconds", paramLabel = "SECONDS",
            description = "A new export file every SECONDS (config sink.export.rotate; default: 3600).")
    private Long exportRotateSeconds;

    @Option(names = "--export-group-id",
            description = "Consumer group of the file export (config sink.export.group-id; default: " + FileExportService.DEFAULT_GROUP_ID + ").")
    private String exportGroupId;

    @Override
    public Integer call() throws Exception {
        EffectiveConfig effective = configOptions.load(httpBind.addTo(topics.addTo(kafka.addTo(new ConfigFlags())))
                .set("sink.store.url", store)
                .set("sink.group-id", groupId)
                .set("sink.batch-size", batchSize)
                .set("sink.linger", lingerMs == null ? null : Duration.ofMillis(lingerMs))
                .set("sink.routes", routes)
                .set("sink.router.application-id", routerId)
                .set("sink.router.state-dir", stateDir)
                .set("sink.export.dir", exportDir)
                .set("sink.export.rotate", exportRotateSeconds == null ? null : Duration.ofSeconds(exportRotateSeconds))
                .set("sink.export.group-id", exportGroupId)
                .set("observe.ports.sink", httpPort));
        NewsflowConfig config = effective.config();
        NewsflowConfig.Sink sinkConfig = config.sink();
        Map<String, String> kafkaProperties = config.kafka().properties();
        String bootstrap = StageCommand.requireBootstrap(config, spec.commandLine());
        SinkSettings settings = new SinkSettings(sinkConfig.batchSize(), sinkConfig.linger(),
                SinkSettings.DEFAULTS.initialBackoff(), SinkSettings.DEFAULTS.maxBackoff());
        RoutingRules rules = sinkConfig.routes() == null ? null : RoutesFile.load(sinkConfig.routes());
        StageCommand.ensureTopics(config);
        Deque<AutoCloseable> started = new ArrayDeque<>();
        AtomicReference<SinkService> sink = new AtomicReference<>();
        try {
            StageEndpoint endpoint = StageEndpoint.open("sink", config.observe().address(config.observe().ports().sink()), () -> sink.get() != null && sink.get().ready(),
                    bootstrap, kafkaProperties, spec.commandLine().getErr());
            started.push(endpoint);
            if (rules != null) {
                RoutedTopics.ensure(bootstrap, kafkaProperties, rules, config.topics().partitions(), config.topics().replicationFactor());
                RoutingService router = new RoutingService(bootstrap, sinkConfig.router().applicationId(), sinkConfig.router().stateDir(),
                        rules, kafkaProperties);
                started.push(router);
                if (!router.start(START_TIMEOUT)) {
                    throw new IllegalStateException("the router did not start within " + START_TIMEOUT.toSeconds() + " s");
                }
            }
            NewsflowConfig.Export exportConfig = sinkConfig.export();
            if (exportConfig.dir() != null) {
                RotatingJsonLinesFile file = new RotatingJsonLinesFile(exportConfig.dir(), "enriched", exportConfig.rotate(), Clock.systemUTC());
                FileExportService export = new FileExportService(bootstrap, exportConfig.groupId(), file, kafkaProperties);
                started.push(export);
                new Thread(export, "newsflow-export").start();
            }
            ArticleStore articles = TitleLengthLimit.around(JdbcArticleStore.open(effective.storeUrl(), Clock.systemUTC()),
                    sinkConfig.maxTitleChars());
            started.push(articles);
            SinkService service = new SinkService(bootstrap, sinkConfig.groupId(), articles,
                    new ObservedSinkListener(SinkListener.NONE, endpoint.observability(), Clock.systemUTC()), kafkaProperties,
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
