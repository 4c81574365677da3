package dev.newsflow.app.run;

import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.observe.IngestProgress;
import dev.newsflow.app.observe.Observability;
import dev.newsflow.core.event.Stage;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.source.InputFile;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * {@code newsflow bench}: the whole pipeline ({@link Pipeline}, as {@code run --once} assembles it)
 * over generated seed-like items, measured from outside the stages: articles per second of ingest and
 * end to end (from the first raw record produced to the last row stored), ingest-to-stored latency per
 * article from the timestamps the store keeps ({@code ingested_at}, the event's fetch time, and
 * {@code stored_at}), CPU seconds per article and the peak heap of the process.
 */
public final class LoadBenchmark {

    /**
     * What one benchmark run measured, with the settings it ran with.
     *
     * @param settings         items, cluster, store, enrich threads, partitions, sink batching
     * @param stored           this run's articles in the store
     * @param ingestPerSecond  items published per second of ingest
     * @param endToEndPerSecond articles stored per second, from the first record produced to the last row stored
     * @param stagePerSecond   each stage's own rate: records it passed on over the time it was passing them on ({@link StageRates})
     * @param latencyMillis    ingest-to-stored latency: p50, p95, p99 and max (of a steady load, after its warm-up)
     * @param cpuSecondsPerArticle process CPU time over the run, per article stored
     * @param peakHeapMiB      the heap pools' peaks during the run, added up (an upper bound: each pool peaks at its own moment)
     * @param drained          whether every item was stored or dead-lettered within the timeout
     */
    public record Report(Map<String, Object> settings, int stored, double ingestPerSecond, double endToEndPerSecond,
                         Map<String, Double> stagePerSecond, Map<String, Long> latencyMillis, double cpuSecondsPerArticle,
                         double peakHeapMiB, boolean drained) {}

    /**
     * What load to put on the pipeline.
     *
     * @param items     how many seed-like items
     * @param perSecond 0: all at once, as fast as ingest publishes (a backfill); above 0: a steady
     *                  rate, each item released on schedule (latency under a live load)
     */
    public record Load(int items, double perSecond, int warmupSeconds) {

        public Load {
            if (items < 1 || perSecond < 0 || warmupSeconds < 0) {
                throw new IllegalArgumentException("a load needs at least one item, a rate of 0 (all at once) or more, and no negative warm-up");
            }
        }

        public static Load allAtOnce(int items) {
            return new Load(items, 0, 0);
        }

        /**
         * {@code perSecond} items each second for {@code warmupSeconds} and then {@code seconds}
         * seconds; latency is measured over the items released after the warm-up only, when the JIT
         * has compiled the hot paths (on a cold JVM the first 10-15 s run several times slower).
         */
        public static Load steady(double perSecond, int seconds, int warmupSeconds) {
            return new Load((int) Math.max(1, Math.round(perSecond * (warmupSeconds + seconds))), perSecond, warmupSeconds);
        }

        boolean isSteady() {
            return perSecond > 0;
        }
    }

    private LoadBenchmark() {}

    /** Puts {@code load} of generated items on the pipeline {@code config} describes, and measures it. */
    public static Report run(EffectiveConfig config, Load load, Consumer<String> errors, IngestProgress progress) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<InputFile> generated = SeedLikeItems.generate(load.items(), tag);
        Iterable<InputFile> inputs = load.isSteady() ? new PacedItems<>(generated, load.perSecond()) : generated;
        PipelineOptions options = new PipelineOptions(List.of(), true, config);
        RunSummary summary;
        Instant ingestStarted;
        Instant ingestEnded;
        Map<String, Double> stageRates;
        double cpuSeconds;
        double peakHeap;
        try (Observability observability = new Observability();
             Pipeline pipeline = new Pipeline(options, Clock.systemUTC(), observability);
             StageRates rates = new StageRates(observability.registry())) {
            pipeline.start();
            resetPeaks();
            long cpuBefore = processCpuNanos();
            ingestStarted = Instant.now();
            IngestReport report = pipeline.ingest(inputs, load.items(), errors, progress);
            ingestEnded = Instant.now();
            summary = pipeline.awaitDrained(report, options.timeout(), ingestStarted.toEpochMilli());
            // Measured before the stages stop: closing the broker's logs is not the pipeline's work per article.
            cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
            peakHeap = peakHeapMiB();
            stageRates = rates.perSecond();
        }
        List<Instant[]> rows = storedRows(config.storeUrl(), tag);
        List<Long> latencies = new ArrayList<>();
        Instant lastStored = ingestStarted;
        Instant measuredFrom = ingestStarted.plusSeconds(load.warmupSeconds());
        for (Instant[] row : rows) {
            if (!row[0].isBefore(measuredFrom)) {
                latencies.add(Duration.between(row[0], row[1]).toMillis());
            }
            lastStored = row[1].isAfter(lastStored) ? row[1] : lastStored;
        }
        Collections.sort(latencies);
        double endToEndSeconds = Math.max(1e-3, Duration.between(ingestStarted, lastStored).toNanos() / 1e9);
        double ingestSeconds = Math.max(1e-3, Duration.between(ingestStarted, ingestEnded).toNanos() / 1e9);
        double ingestPerSecond = summary.published() / ingestSeconds;
        Map<String, Double> stagePerSecond = new LinkedHashMap<>();
        stagePerSecond.put(Stage.INGEST.wireName(), ingestPerSecond);
        stagePerSecond.putAll(stageRates);
        return new Report(settings(config, load), rows.size(), ingestPerSecond, rows.size() / endToEndSeconds,
                stagePerSecond, percentiles(latencies), rows.isEmpty() ? 0 : cpuSeconds / rows.size(), peakHeap, summary.drained());
    }

    private static Map<String, Object> settings(EffectiveConfig effective, Load load) {
        var config = effective.config();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("items", load.items());
        settings.put("load", load.isSteady() ? "steady " + load.perSecond() + "/s" : "all at once");
        settings.put("warmupSeconds", load.warmupSeconds());
        settings.put("cluster", config.kafka().bootstrapServers() == null ? "embedded" : config.kafka().bootstrapServers());
        String store = effective.storeUrl();
        settings.put("store", store.startsWith("jdbc:postgresql") ? "postgresql" : store.startsWith("jdbc:sqlite") ? "sqlite" : "other");
        settings.put("enrichThreads", config.enrich().threads());
        settings.put("partitions", config.topics().partitions());
        settings.put("sinkBatchSize", config.sink().batchSize());
        settings.put("sinkLingerMillis", config.sink().linger().toMillis());
        settings.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        settings.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return settings;
    }

    /** Each stored article of this run: when it was ingested, when it was stored. */
    private static List<Instant[]> storedRows(String storeUrl, String tag) throws SQLException {
        List<Instant[]> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(storeUrl);
             PreparedStatement query = connection.prepareStatement("SELECT ingested_at, stored_at FROM articles WHERE url LIKE ?")) {
            query.setString(1, "%-bench-" + tag + "-%");
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Instant[] {instant(result.getObject(1)), instant(result.getObject(2))});
                }
            }
        }
        return rows;
    }

    /** SQLite keeps instants as ISO-8601 text, PostgreSQL as timestamptz. */
    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return Instant.parse(value.toString());
    }

    private static Map<String, Long> percentiles(List<Long> sorted) {
        Map<String, Long> percentiles = new LinkedHashMap<>();
        for (int percent : new int[] {50, 95, 99}) {
            percentiles.put("p" + percent, sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1)));
        }
        percentiles.put("max", sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        return percentiles;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }
}
