package dev.newsflow.app.cli;

import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.observe.IngestProgress;
import dev.newsflow.app.observe.LagProbe;
import dev.newsflow.app.observe.Observability;
import dev.newsflow.app.observe.StatusServer;
import dev.newsflow.app.run.Pipeline;
import dev.newsflow.app.run.PipelineOptions;
import dev.newsflow.app.run.RunSummary;
import dev.newsflow.ingest.IngestReport;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow run}: the whole pipeline on one machine. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Runs the whole pipeline (ingest, enrich, sink) in one process.",
            "Starts an embedded Kafka broker (unless --bootstrap-servers), the enrich and sink stages, and",
            "ingests the inputs into SQLite (or --store). With no --input it ingests the bundled samples."})
final class RunCommand extends ConfiguredCommand {

    @Option(names = "--once", description = "Ingest, wait until every event of this run is stored or dead-lettered, print a summary, exit.")
    private boolean once;

    @Override
    List<ConfigOption> options() {
        return ConfigOption.kafka(ConfigOption.RUN_INPUTS, ConfigOption.FOLLOW_LINKS, ConfigOption.STORE, ConfigOption.DATA_DIR,
                ConfigOption.TIMEOUT, ConfigOption.httpPort("run"), ConfigOption.HTTP_BIND_ADDRESS);
    }

    @Override
    public Integer call() throws Exception {
        long startedAt = System.currentTimeMillis();
        EffectiveConfig config = loadConfig();
        List<String> allInputs = config.config().run().inputs();
        List<String> feedUrls = allInputs.stream().filter(RunCommand::isUrl).toList();
        List<Path> paths = allInputs.stream().filter(input -> !isUrl(input)).map(Path::of).toList();
        PipelineOptions options = new PipelineOptions(paths, once, config);
        CountDownLatch stop = new CountDownLatch(1);
        NewsflowConfig.Observe observe = config.config().observe();
        try (Observability observability = new Observability()) {
            Pipeline pipeline = new Pipeline(options, Clock.systemUTC(), observability);
            // Closed in reverse: the pipeline first, so /metrics still answers while it drains.
            try (LagProbe lag = new LagProbe(pipeline::bootstrapServers, options.kafkaProperties());
                 StatusServer status = StatusServer.start(observe.address(observe.ports().run()), "run", observability, pipeline::ready,
                         lag, Clock.systemUTC());
                 pipeline) {
                if (status.url() != null) {
                    commandLine().getErr().printf("newsflow: run: status page and /metrics at %s%n", status.url());
                }
                return run(pipeline, options, feedUrls, paths, stop, startedAt);
            }
        }
    }

    private int run(Pipeline pipeline, PipelineOptions options, List<String> feedUrls, List<Path> paths,
                    CountDownLatch stop, long startedAt) throws Exception {
        Thread hook = new Thread(() -> {
            stop.countDown();
            pipeline.close();
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        pipeline.start();
        // Archived items (or, when no input at all is given, the bundled samples), then the feeds.
        IngestReport report = feedUrls.isEmpty() || !paths.isEmpty()
                ? pipeline.ingest(commandLine().getErr()::println, IngestProgress.onStderr(commandLine().getErr()))
                : new IngestReport(0, 0, 0);
        if (!feedUrls.isEmpty()) {
            report = report.plus(pipeline.pollFeeds(feedUrls, once, commandLine().getErr()::println));
        }
        if (!once) {
            commandLine().getErr().printf("newsflow: run %s: ingested %d (%d dead-lettered); running until stopped (Ctrl-C)%n",
                    pipeline.runId(), report.read(), report.deadLettered());
            stop.await();
            return 0;
        }
        RunSummary summary = pipeline.awaitDrained(report, options.timeout(), startedAt);
        commandLine().getOut().print(summary.format());
        commandLine().getOut().flush();
        Runtime.getRuntime().removeShutdownHook(hook);
        if (!summary.drained()) {
            commandLine().getErr().println("newsflow: run: not every event was stored or dead-lettered within "
                    + options.timeout().toSeconds() + " s, or a stage failed");
            return 1;
        }
        return 0;
    }

    private static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
