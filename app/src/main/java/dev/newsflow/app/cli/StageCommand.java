package dev.newsflow.app.cli;

import dev.newsflow.app.topics.TopicSetup;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.ParameterException;

/** What the long-running single-stage commands share: a broker to talk to, topics, and a clean stop. */
final class StageCommand {

    private StageCommand() {}

    static String requireBootstrap(KafkaOptions kafka, picocli.CommandLine commandLine) {
        if (kafka.bootstrapServers == null || kafka.bootstrapServers.isBlank()) {
            throw new ParameterException(commandLine, "--bootstrap-servers is required");
        }
        return kafka.bootstrapServers;
    }

    /** Creates any missing topic with newsflow's settings (no broker auto-creation with 1 MB limits). */
    static void ensureTopics(KafkaOptions kafka, short replicationFactor, int partitions) throws Exception {
        TopicSetup.ensure(kafka.bootstrapServers, kafka.properties(), partitions, replicationFactor);
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
