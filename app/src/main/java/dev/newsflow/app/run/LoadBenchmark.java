package dev.newsflow.app.run;

import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.observe.IngestProgress;
import dev.newsflow.app.observe.Observability;
import dev.newsflow.ingest.IngestReport;
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
     * @param latencyMillis    ingest-to-stored latency: p50, p95, p99 and max
     * @param cpuSecondsPerArticle process CPU time over the run, per article stored
     * @param peakHeapMiB      the heap pools' peaks during the run, added up (an upper bound: each pool peaks at its own moment)
     * @param drained          whether every item was stored or dead-lettered within the timeout
     */
    public record Report(Map<String, Object> settings, int stored, double ingestPerSecond, double endToEndPerSecond,
                         Map<String, Long> latencyMillis, double cpuSecondsPerArticle, double peakHeapMiB, boolean drained) {}

    private LoadBenchmark() {}

    /** Runs {@code items} generated items through the pipeline {@code config} describes. */
    public static Report run(EffectiveConfig config, int items, Consumer<String> errors, IngestProgress progress) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var generated = SeedLikeItems.generate(items, tag);
        PipelineOptions options = new PipelineOptions(List.of(), true, config);
        resetPeaks();
        long cpuBefore = processCpuNanos();
        RunSummary summary;
        Instant ingestStarted;
        Instant ingestEnded;
        try (Observability observability = new Observability();
             Pipeline pipeline = new Pipeline(options, Clock.systemUTC(), observability)) {
            pipeline.start();
            ingestStarted = Instant.now();
            IngestReport report = pipeline.ingest(generated, items, errors, progress);
            ingestEnded = Instant.now();
            summary = pipeline.awaitDrained(report, options.timeout(), ingestStarted.toEpochMilli());
        }
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        List<Instant[]> rows = storedRows(config.storeUrl(), tag);
        List<Long> latencies = new ArrayList<>();
        Instant lastStored = ingestStarted;
        for (Instant[] row : rows) {
            latencies.add(Duration.between(row[0], row[1]).toMillis());
            lastStored = row[1].isAfter(lastStored) ? row[1] : lastStored;
        }
        Collections.sort(latencies);
        double endToEndSeconds = Math.max(1e-3, Duration.between(ingestStarted, lastStored).toNanos() / 1e9);
        double ingestSeconds = Math.max(1e-3, Duration.between(ingestStarted, ingestEnded).toNanos() / 1e9);
        return new Report(settings(config, items), rows.size(), summary.published() / ingestSeconds, rows.size() / endToEndSeconds,
                percentiles(latencies), rows.isEmpty() ? 0 : cpuSeconds / rows.size(), peakHeapMiB(), summary.drained());
    }

    private static Map<String, Object> settings(EffectiveConfig effective, int items) {
        var config = effective.config();
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("items", items);
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
