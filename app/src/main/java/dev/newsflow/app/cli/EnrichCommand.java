package dev.newsflow.app.cli;

import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
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
        NewsflowConfig.Enrich enrich = config.enrich();
        Map<String, String> kafkaProperties = config.kafka().properties();
        EnrichService service = new EnrichService(
                new EnrichConfig(bootstrap, enrich.applicationId(), enrich.stateDir(), enrich.threads(), kafkaProperties),
                new Enricher(), Clock.systemUTC());
        try (StageEndpoint endpoint = StageEndpoint.open("enrich", config.observe().address(config.observe().ports().enrich()),
                () -> service.state() == KafkaStreams.State.RUNNING, bootstrap, kafkaProperties, commandLine().getErr())) {
            var stopped = StageCommand.stopOnSignal("enrich", service::close);
            if (!service.start(Duration.ofMinutes(5))) {
                commandLine().getErr().println("newsflow: enrich: not running after 5 minutes (state " + service.state() + ")");
                return 1;
            }
            stopped.await();
            return 0;
        }
    }
}
