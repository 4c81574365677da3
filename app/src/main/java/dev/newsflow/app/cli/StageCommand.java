package dev.newsflow.app.cli;

import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.app.topics.TopicSetup;
import dev.newsflow.core.stage.PipelineStage;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.ParameterException;

/** What the long-running single-stage commands share: a broker to talk to, topics, and one way to run and stop a stage. */
final class StageCommand {

    /** How often a running stage is asked whether it failed. */
    private static final long FAILURE_CHECK_SECONDS = 1;

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

    /**
     * Starts {@code stage} behind its open {@code endpoint} and runs it until SIGTERM / Ctrl-C (0) or
     * until it fails by itself (1, with the reason on {@code err}); closes it either way.
     */
    static int runUntilStopped(String name, PipelineStage stage, StageEndpoint endpoint, PrintWriter err) throws Exception {
        CountDownLatch stopped = stopOnSignal(name, stage::close);
        try (stage) {
            stage.start();
            while (!stopped.await(FAILURE_CHECK_SECONDS, TimeUnit.SECONDS)) {
                String failure = stage.failure();
                if (failure != null) {
                    err.println("newsflow: " + name + ": " + failure);
                    err.flush();
                    return 1;
                }
            }
            return 0;
        } finally {
            endpoint.close();
        }
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
