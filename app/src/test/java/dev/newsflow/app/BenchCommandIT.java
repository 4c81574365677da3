package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow bench} on its embedded broker and SQLite: every generated item stored once, and a report of what it measured. */
@Timeout(240)
class BenchCommandIT {

    @TempDir
    Path work;

    @Test
    void shouldStoreEveryGeneratedItemAndReportWhatItMeasured() throws Exception {
        Path json = work.resolve("bench.json");

        Cli.Outcome bench = Cli.execute("bench", "--items", "40", "--data-dir", work.resolve("data").toString(), "--json", json.toString(),
                "--timeout", "180");

        assertThat(bench.exitCode()).as("stderr: %s", bench.err()).isZero();
        assertThat(bench.out()).contains("items            40 stored of 40", "end to end", "latency ms", "cpu per article", "peak heap");
        JsonNode report = Json.mapper().readTree(Files.readString(json));
        assertThat(report.path("stored").asInt()).isEqualTo(40);
        assertThat(report.path("drained").asBoolean()).isTrue();
        assertThat(report.path("settings").path("items").asInt()).isEqualTo(40);
        assertThat(report.path("settings").path("cluster").asText()).isEqualTo("embedded");
        assertThat(report.path("settings").path("store").asText()).isEqualTo("sqlite");
        JsonNode latency = report.path("latencyMillis");
        assertThat(latency.path("p50").asLong()).isNotNegative()
                .isLessThanOrEqualTo(latency.path("p95").asLong());
        assertThat(latency.path("p95").asLong()).isLessThanOrEqualTo(latency.path("p99").asLong());
        assertThat(latency.path("p99").asLong()).isLessThanOrEqualTo(latency.path("max").asLong());
        assertThat(report.path("endToEndPerSecond").asDouble()).isPositive();
        assertThat(report.path("cpuSecondsPerArticle").asDouble()).isPositive();
        assertThat(report.path("peakHeapMiB").asDouble()).isPositive();
        JsonNode stages = report.path("stagePerSecond");
        assertThat(stages.fieldNames()).toIterable().containsExactly("ingest", "enrich", "sink");
        stages.forEach(rate -> assertThat(rate.asDouble()).isNotNegative());
    }

    @Test
    void shouldPublishASteadyLoadOnScheduleAndStoreAllOfIt() throws Exception {
        Path json = work.resolve("steady.json");

        Cli.Outcome bench = Cli.execute("bench", "--rate", "10", "--duration", "2", "--warmup", "1", "--data-dir", work.resolve("data").toString(),
                "--json", json.toString(), "--timeout", "180");

        assertThat(bench.exitCode()).as("stderr: %s", bench.err()).isZero();
        assertThat(bench.out()).contains("items            30 stored of 30", "per stage");
        JsonNode report = Json.mapper().readTree(Files.readString(json));
        assertThat(report.path("settings").path("load").asText()).isEqualTo("steady 10.0/s");
        assertThat(report.path("settings").path("warmupSeconds").asInt()).isEqualTo(1);
        // 30 items at 10/s are released over 2.9 s at the least: ingest cannot have outrun the schedule.
        assertThat(report.path("ingestPerSecond").asDouble()).isLessThanOrEqualTo(30 / 2.9);
    }

    @Test
    void shouldRefuseTwoKindsOfLoadAtOnce() {
        Cli.Outcome bench = Cli.execute("bench", "--items", "10", "--rate", "5", "--data-dir", work.resolve("data").toString());

        assertThat(bench.exitCode()).isNotZero();
        assertThat(bench.err()).contains("--items and --rate are two kinds of load");
    }
}
