package dev.newsflow.app.cli;

import dev.newsflow.sink.consume.SinkListener;
import dev.newsflow.sink.consume.SinkService;
import dev.newsflow.sink.jdbc.JdbcArticleStore;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow sink}: the sink stage as a service. */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Runs the sink stage (news.enriched.v1 -> store) until stopped.")
final class SinkCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private TopicOptions topics;

    @Option(names = "--store", paramLabel = "JDBC-URL", defaultValue = "jdbc:sqlite:data/newsflow.db",
            description = "Where to store articles (default: ${DEFAULT-VALUE}).")
    private String store;

    @Option(names = "--group-id", defaultValue = "newsflow-sink",
            description = "Consumer group; instances with the same group share the work (default: ${DEFAULT-VALUE}).")
    private String groupId;

    @Override
    public Integer call() throws Exception {
        String bootstrap = StageCommand.requireBootstrap(kafka, spec.commandLine());
        StageCommand.ensureTopics(kafka, topics.replicationFactor, topics.partitions);
        try (JdbcArticleStore articles = JdbcArticleStore.open(store, Clock.systemUTC())) {
            SinkService service = new SinkService(bootstrap, groupId, articles, SinkListener.NONE, kafka.properties(), Clock.systemUTC());
            StageCommand.stopOnSignal("sink", service::close);
            service.run();
        }
        return 0;
    }
}
