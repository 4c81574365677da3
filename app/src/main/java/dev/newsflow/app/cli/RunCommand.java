package dev.newsflow.app.cli;

import dev.newsflow.app.run.Pipeline;
import dev.newsflow.app.run.PipelineOptions;
import dev.newsflow.app.run.RunSummary;
import dev.newsflow.ingest.IngestReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--input", paramLabel = "PATH", description = "A file or directory of archived feed items. Repeatable.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--once", description = "Ingest, wait until every event of this run is stored or dead-lettered, print a summary, exit.")
    private boolean once;

    @Option(names = "--store", paramLabel = "JDBC-URL", description = "Where to store articles (default: jdbc:sqlite:DATA_DIR/newsflow.db).")
    private String store;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "data", description = "Broker, Streams state and SQLite store (default: ${DEFAULT-VALUE}).")
    private Path dataDir;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300", description = "How long --once waits for the run to drain (default: ${DEFAULT-VALUE}).")
    private long timeoutSeconds;

    @Mixin
    private KafkaOptions kafka;

    @Override
    public Integer call() throws Exception {
        long startedAt = System.currentTimeMillis();
        PipelineOptions options = new PipelineOptions(inputs, once, dataDir, store, kafka.bootstrapServers,
                kafka.properties(), Duration.ofSeconds(timeoutSeconds));
        CountDownLatch stop = new CountDownLatch(1);
        try (Pipeline pipeline = new Pipeline(options, Clock.systemUTC())) {
            Thread hook = new Thread(() -> {
                stop.countDown();
                pipeline.close();
            }, "newsflow-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            pipeline.start();
            IngestReport report = pipeline.ingest(spec.commandLine().getErr()::println);
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
                        + timeoutSeconds + " s, or a stage failed");
                return 1;
            }
            return 0;
        }
    }
}
