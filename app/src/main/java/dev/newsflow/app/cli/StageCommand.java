package dev.newsflow.app.cli;

import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.topics.TopicSetup;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ParameterException;

/** What the long-running single-stage commands share: a broker to talk to, topics, and a clean stop. */
final class StageCommand {

    private StageCommand() {}

    static String requireBootstrap(NewsflowConfig config, picocli.CommandLine commandLine) {
        String bootstrap = config.kafka().bootstrapServers();
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new ParameterException(commandLine,
                    "--bootstrap-servers is required (or kafka.bootstrap-servers in the configuration, or NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS)");
        }
        return bootstrap;
    }

    /** Creates any missing topic with newsflow's settings (no broker auto-creation with 1 MB limits). */
    static void ensureTopics(NewsflowConfig config) throws Exception {
        TopicSetup.ensure(config.kafka().bootstrapServers(), config.kafka().properties(), config.topics());
    }

    /** A latch released by SIGTERM / Ctrl-C, after which {@code onStop} runs before the JVM exits. */
    static CountDownLatch stopOnSignal(String name, Runnable onStop) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            onStop.run();
            stopped.countDown();
        }, name + "-shutdown"));
        return stopped;
    }
}
