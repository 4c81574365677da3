package dev.newsflow.app.cli;

import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.config.StageSettings;
import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.topology.EnrichStage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code newsflow enrich}: the Kafka Streams enrich stage as a service. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Runs the enrich stage (news.raw.v1 -> news.enriched.v1, failures to news.dlq.v1) until stopped.")
final class EnrichCommand extends ConfiguredCommand {

    @Override
    List<ConfigOption> options() {
        return ConfigOption.stage("enrich", ConfigOption.APPLICATION_ID, ConfigOption.ENRICH_STATE_DIR, ConfigOption.THREADS);
    }

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = loadConfig().config();
        String bootstrap = StageCommand.requireBootstrap(config, commandLine());
        StageCommand.ensureTopics(config);
        Map<String, String> kafkaProperties = config.kafka().properties();
        EnrichStage stage = new EnrichStage(StageSettings.enrich(config, bootstrap, kafkaProperties, config.enrich().stateDir()),
                new Enricher(), Clock.systemUTC());
        StageEndpoint endpoint = StageEndpoint.open("enrich", config.observe().address(config.observe().ports().enrich()),
                stage::ready, bootstrap, kafkaProperties, commandLine().getErr());
        return StageCommand.runUntilStopped("enrich", stage, endpoint, commandLine().getErr());
    }
}
