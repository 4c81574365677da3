package dev.newsflow.app.cli;

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
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;

/** {@code newsflow sink}: the sink stage as a service: the store, and optionally routing and file export. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Runs the sink stage until stopped: news.enriched.v1 -> store (SQLite or PostgreSQL),",
            "plus rule-based routing to downstream topics (--routes) and JSON Lines files (--export-dir)."})
final class SinkCommand extends ConfiguredCommand {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    @Override
    List<ConfigOption> options() {
        return ConfigOption.stage("sink", ConfigOption.STORE, ConfigOption.GROUP_ID, ConfigOption.BATCH_SIZE, ConfigOption.LINGER_MS,
                ConfigOption.ROUTES, ConfigOption.ROUTER_ID, ConfigOption.ROUTER_STATE_DIR, ConfigOption.EXPORT_DIR,
                ConfigOption.EXPORT_ROTATE_SECONDS, ConfigOption.EXPORT_GROUP_ID);
    }

    @Override
    public Integer call() throws Exception {
        EffectiveConfig effective = loadConfig();
        NewsflowConfig config = effective.config();
        NewsflowConfig.Sink sinkConfig = config.sink();
        Map<String, String> kafkaProperties = config.kafka().properties();
        String bootstrap = StageCommand.requireBootstrap(config, commandLine());
        SinkSettings settings = new SinkSettings(sinkConfig.batchSize(), sinkConfig.linger(),
                SinkSettings.DEFAULTS.initialBackoff(), SinkSettings.DEFAULTS.maxBackoff());
        RoutingRules rules = sinkConfig.routes() == null ? null : RoutesFile.load(sinkConfig.routes());
        StageCommand.ensureTopics(config);
        Deque<AutoCloseable> started = new ArrayDeque<>();
        AtomicReference<SinkService> sink = new AtomicReference<>();
        try {
            StageEndpoint endpoint = StageEndpoint.open("sink", config.observe().address(config.observe().ports().sink()), () -> sink.get() != null && sink.get().ready(),
                    bootstrap, kafkaProperties, commandLine().getErr());
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
