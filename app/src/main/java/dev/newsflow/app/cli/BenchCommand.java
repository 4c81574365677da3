package dev.newsflow.app.cli;

import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.observe.IngestProgress;
import dev.newsflow.app.run.LoadBenchmark;
import dev.newsflow.core.json.Json;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow bench}: the whole pipeline under a load of generated items, measured. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the whole pipeline (as run --once does) over generated seed-like items, each with its own link and text, "
                + "and prints articles/s of ingest and end to end, ingest-to-stored latency p50/p95/p99, CPU seconds per article "
                + "and peak heap, with the settings used; --json also writes them as one JSON document.")
final class BenchCommand extends ConfiguredCommand {

    @Option(names = "--items", paramLabel = "N", description = "How many items to generate (default: 2000).")
    private int items = 2000;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the report as JSON into FILE.")
    private Path json;

    @Override
    List<ConfigOption> options() {
        return ConfigOption.kafka(ConfigOption.STORE, ConfigOption.DATA_DIR, ConfigOption.TIMEOUT);
    }

    @Override
    public Integer call() throws Exception {
        EffectiveConfig config = loadConfig();
        PrintWriter err = commandLine().getErr();
        LoadBenchmark.Report report = LoadBenchmark.run(config, items, err::println, IngestProgress.onStderr(err));
        PrintWriter out = commandLine().getOut();
        out.printf(Locale.ROOT, "items            %d stored of %d%s%n", report.stored(), items, report.drained() ? "" : " (not drained)");
        out.printf(Locale.ROOT, "ingest           %.0f articles/s%n", report.ingestPerSecond());
        out.printf(Locale.ROOT, "end to end       %.0f articles/s%n", report.endToEndPerSecond());
        out.printf(Locale.ROOT, "latency ms       p50 %d  p95 %d  p99 %d  max %d%n", report.latencyMillis().get("p50"),
                report.latencyMillis().get("p95"), report.latencyMillis().get("p99"), report.latencyMillis().get("max"));
        out.printf(Locale.ROOT, "cpu per article  %.2f ms%n", report.cpuSecondsPerArticle() * 1000);
        out.printf(Locale.ROOT, "peak heap        %.0f MiB%n", report.peakHeapMiB());
        out.printf(Locale.ROOT, "settings         %s%n", report.settings());
        out.flush();
        if (json != null) {
            Files.writeString(json, Json.toLine(report) + "\n");
        }
        return report.drained() && report.stored() == items ? 0 : 1;
    }
}
