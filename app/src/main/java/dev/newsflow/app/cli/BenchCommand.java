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
import picocli.CommandLine.ParameterException;

/** {@code newsflow bench}: the whole pipeline under a load of generated items, measured. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the whole pipeline (as run --once does) over generated seed-like items, each with its own link and text, "
                + "and prints articles/s of ingest and end to end, ingest-to-stored latency p50/p95/p99, CPU seconds per article "
                + "and peak heap, with the settings used; --json also writes them as one JSON document. "
                + "With --rate, a steady load instead: that many items per second for --duration seconds.")
final class BenchCommand extends ConfiguredCommand {

    private static final int DEFAULT_ITEMS = 2000;
    private static final int DEFAULT_STEADY_SECONDS = 60;

    @Option(names = "--items", paramLabel = "N", description = "How many items to generate, all published at once (default: 2000).")
    private Integer items;

    @Option(names = "--rate", paramLabel = "PER_SECOND",
            description = "A steady load: publish this many items per second, on schedule, instead of all at once.")
    private Double rate;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "How long a steady load (--rate) lasts (default: 60).")
    private Integer duration;

    @Option(names = "--warmup", paramLabel = "SECONDS",
            description = "A steady load's first seconds at the same rate, left out of the latency: a cold JVM compiles its hot paths then (default: 0).")
    private Integer warmup;

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
        LoadBenchmark.Load load = load();
        LoadBenchmark.Report report = LoadBenchmark.run(config, load, err::println, IngestProgress.onStderr(err));
        PrintWriter out = commandLine().getOut();
        out.printf(Locale.ROOT, "items            %d stored of %d%s%n", report.stored(), load.items(), report.drained() ? "" : " (not drained)");
        out.printf(Locale.ROOT, "ingest           %.0f articles/s%n", report.ingestPerSecond());
        out.printf(Locale.ROOT, "end to end       %.0f articles/s%n", report.endToEndPerSecond());
        out.printf(Locale.ROOT, "per stage        %s articles/s%n", stageRates(report));
        out.printf(Locale.ROOT, "latency ms       p50 %d  p95 %d  p99 %d  max %d%n", report.latencyMillis().get("p50"),
                report.latencyMillis().get("p95"), report.latencyMillis().get("p99"), report.latencyMillis().get("max"));
        out.printf(Locale.ROOT, "cpu per article  %.2f ms%n", report.cpuSecondsPerArticle() * 1000);
        out.printf(Locale.ROOT, "peak heap        %.0f MiB%n", report.peakHeapMiB());
        out.printf(Locale.ROOT, "settings         %s%n", report.settings());
        out.flush();
        if (json != null) {
            Files.writeString(json, Json.toLine(report) + "\n");
        }
        return report.drained() && report.stored() == load.items() ? 0 : 1;
    }

    private LoadBenchmark.Load load() {
        if (rate == null) {
            if (duration != null || warmup != null) {
                throw new ParameterException(commandLine(), "--duration and --warmup shape a steady load: give --rate with them");
            }
            return LoadBenchmark.Load.allAtOnce(items == null ? DEFAULT_ITEMS : items);
        }
        if (items != null) {
            throw new ParameterException(commandLine(), "--items and --rate are two kinds of load: give one (a steady load has --rate x --duration items)");
        }
        if (rate <= 0 || (duration != null && duration < 1) || (warmup != null && warmup < 0)) {
            throw new ParameterException(commandLine(), "--rate must be above 0, --duration at least 1 second and --warmup not negative");
        }
        return LoadBenchmark.Load.steady(rate, duration == null ? DEFAULT_STEADY_SECONDS : duration, warmup == null ? 0 : warmup);
    }

    private static String stageRates(LoadBenchmark.Report report) {
        StringBuilder line = new StringBuilder();
        report.stagePerSecond().forEach((stage, perSecond) ->
                line.append(line.length() == 0 ? "" : "  ").append(stage).append(' ').append(String.format(Locale.ROOT, "%.0f", perSecond)));
        return line.toString();
    }
}
