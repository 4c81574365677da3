package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigFlags;
import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow enrich}: the Kafka Streams enrich stage as a service. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Runs the enrich stage (news.raw.v1 -> news.enriched.v1, failures to news.dlq.v1) until stopped.")
final class EnrichCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private TopicOptions topics;

    @Mixin
    private ConfigOptions configOptions;

    @Option(names = "--application-id",
            description = "Kafka Streams application id; instances with the same id share the work (config enrich.application-id; default: "
                    + EnrichConfig.DEFAULT_APPLICATION_ID + ").")
    private String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", description = "Kafka Streams state (config enrich.state-dir; default: data/streams).")
    private Path stateDir;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of /metrics, /health, /ready and the status page (0: any free port; config observe.ports.enrich; default: 8082).")
    private Integer httpPort;

    @Mixin
    private HttpBindOption httpBind;

    @Option(names = "--threads", paramLabel = "N", description = "Stream threads (config enrich.threads; default: 1).")
    private Integer threads;

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = configOptions.load(httpBind.addTo(topics.addTo(kafka.addTo(new ConfigFlags())))
                .set("enrich.application-id", applicationId)
                .set("enrich.state-dir", stateDir)
                .set("enrich.threads", threads)
                .set("observe.ports.enrich", httpPort)).config();
        String bootstrap = StageCommand.requireBootstrap(config, spec.commandLine());
        StageCommand.ensureTopics(config);
        NewsflowConfig.Enrich enrich = config.enrich();
        Map<String, String> kafkaProperties = config.kafka().properties();
        EnrichService service = new EnrichService(
                new EnrichConfig(bootstrap, enrich.applicationId(), enrich.stateDir(), enrich.threads(), kafkaProperties),
                new Enricher(), Clock.systemUTC());
        try (StageEndpoint endpoint = StageEndpoint.open("enrich", config.observe().address(config.observe().ports().enrich()),
                () -> service.state() == KafkaStreams.State.RUNNING, bootstrap, kafkaProperties, spec.commandLine().getErr())) {
            var stopped = StageCommand.stopOnSignal("enrich", service::close);
            if (!service.start(Duration.ofMinutes(5))) {
                spec.commandLine().getErr().println("newsflow: enrich: not running after 5 minutes (state " + service.state() + ")");
                return 1;
            }
            stopped.await();
            return 0;
        }
    }
}
