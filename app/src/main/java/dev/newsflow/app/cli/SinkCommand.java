package dev.newsflow.app.cli;

import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.config.StageSettings;
import dev.newsflow.app.observe.ObservedSinkListener;
import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.sink.SinkStage;
import dev.newsflow.sink.consume.SinkListener;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;

/** {@code newsflow sink}: the sink stage as a service: the store, and optionally routing and file export. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Runs the sink stage until stopped: news.enriched.v1 -> store (SQLite or PostgreSQL), plus rule-based "
                + "routing to downstream topics (--routes) and JSON Lines files (--export-dir).")
final class SinkCommand extends ConfiguredCommand {

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
        String bootstrap = StageCommand.requireBootstrap(config, commandLine());
        StageCommand.ensureTopics(config);
        Map<String, String> kafkaProperties = config.kafka().properties();
        AtomicReference<SinkStage> stage = new AtomicReference<>();
        StageEndpoint endpoint = StageEndpoint.open("sink", config.observe().address(config.observe().ports().sink()),
                () -> stage.get() != null && stage.get().ready(), bootstrap, kafkaProperties, commandLine().getErr());
        stage.set(new SinkStage(StageSettings.sink(effective, bootstrap, kafkaProperties),
                new ObservedSinkListener(SinkListener.NONE, endpoint.observability(), Clock.systemUTC()), Clock.systemUTC()));
        return StageCommand.runUntilStopped("sink", stage.get(), endpoint, commandLine().getErr());
    }
}
