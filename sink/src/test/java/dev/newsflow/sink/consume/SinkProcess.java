package dev.newsflow.sink.consume;

import dev.newsflow.sink.jdbc.JdbcArticleStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** A sink in a process of its own, so that a test can kill it with SIGKILL: {@code SinkProcess BOOTSTRAP GROUP JDBC-URL}. */
public final class SinkProcess {

    private SinkProcess() {}

    public static void main(String[] args) throws Exception {
        SinkSettings small = new SinkSettings(50, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(1));
        JdbcArticleStore store = JdbcArticleStore.open(args[2], Clock.systemUTC());
        // A static member, as in `newsflow run`: the restarted sink takes over the killed one's
        // partitions at once instead of waiting out its session timeout.
        Map<String, String> staticMember = Map.of(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, args[1] + "-sink");
        new SinkService(args[0], args[1], store, SinkListener.NONE, staticMember, small, Clock.systemUTC()).run();
    }
}
