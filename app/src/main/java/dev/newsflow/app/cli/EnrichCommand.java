package dev.newsflow.app.cli;

import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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

    @Option(names = "--application-id", defaultValue = EnrichConfig.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id; instances with the same id share the work (default: ${DEFAULT-VALUE}).")
    private String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR", defaultValue = "data/streams", description = "Kafka Streams state (default: ${DEFAULT-VALUE}).")
    private Path stateDir;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "8082",
            description = "Port of /metrics, /health, /ready and the status page (0: any free port; default: ${DEFAULT-VALUE}).")
    private int httpPort;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Stream threads (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Override
    public Integer call() throws Exception {
        String bootstrap = StageCommand.requireBootstrap(kafka, spec.commandLine());
        StageCommand.ensureTopics(kafka, topics.replicationFactor, topics.partitions);
        EnrichService service = new EnrichService(
                new EnrichConfig(bootstrap, applicationId, stateDir, threads, kafka.properties()), new Enricher(), Clock.systemUTC());
        try (StageEndpoint endpoint = StageEndpoint.open("enrich", httpPort,
                () -> service.state() == KafkaStreams.State.RUNNING, bootstrap, kafka.properties(), spec.commandLine().getErr())) {
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
