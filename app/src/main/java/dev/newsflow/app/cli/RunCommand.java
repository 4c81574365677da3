package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigFlags;
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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow run}: the whole pipeline on one machine. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {
            "Runs the whole pipeline (ingest, enrich, sink) in one process.",
            "Starts an embedded Kafka broker (unless --bootstrap-servers), the enrich and sink stages, and",
            "ingests the inputs into SQLite (or --store). With no --input it ingests the bundled samples."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH-or-URL",
            description = "A file or directory of archived feed items, or the http(s) URL of a feed to poll. Repeatable (config run.inputs).")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--follow-links",
            description = "Also follow symbolic links that lead out of an input folder (config ingest.follow-links; default: refused, each with a dead letter).")
    private Boolean followLinks;

    @Option(names = "--once", description = "Ingest, wait until every event of this run is stored or dead-lettered, print a summary, exit.")
    private boolean once;

    @Option(names = "--store", paramLabel = "JDBC-URL", description = "Where to store articles (config sink.store.url; default: jdbc:sqlite:DATA_DIR/newsflow.db).")
    private String store;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Broker, Streams state and SQLite store (config run.data-dir; default: data).")
    private Path dataDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long --once waits for the run to drain (config run.timeout; default: 300).")
    private Long timeoutSeconds;

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Port of /metrics, /health, /ready and the status page at / (0: any free port; config observe.ports.run; default: 8080).")
    private Integer httpPort;

    @Mixin
    private HttpBindOption httpBind;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        long startedAt = System.currentTimeMillis();
        EffectiveConfig config = configOptions.load(httpBind.addTo(kafka.addTo(new ConfigFlags()))
                .set("run.inputs", inputs)
                .set("run.data-dir", dataDir)
                .set("run.timeout", timeoutSeconds == null ? null : Duration.ofSeconds(timeoutSeconds))
                .set("ingest.follow-links", followLinks)
                .set("sink.store.url", store)
                .set("observe.ports.run", httpPort));
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
                    spec.commandLine().getErr().printf("newsflow: run: status page and /metrics at %s%n", status.url());
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
                ? pipeline.ingest(spec.commandLine().getErr()::println, IngestProgress.onStderr(spec.commandLine().getErr()))
                : new IngestReport(0, 0, 0);
        if (!feedUrls.isEmpty()) {
            report = report.plus(pipeline.pollFeeds(feedUrls, once, spec.commandLine().getErr()::println));
        }
        if (!once) {
            spec.commandLine().getErr().printf("newsflow: run %s: ingested %d (%d dead-lettered); running until stopped (Ctrl-C)%n",
                    pipeline.runId(), report.read(), report.deadLettered());
            stop.await();
            return 0;
        }
        RunSummary summary = pipeline.awaitDrained(report, options.timeout(), startedAt);
        spec.commandLine().getOut().print(summary.format());
        spec.commandLine().getOut().flush();
        Runtime.getRuntime().removeShutdownHook(hook);
        if (!summary.drained()) {
            spec.commandLine().getErr().println("newsflow: run: not every event was stored or dead-lettered within "
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
