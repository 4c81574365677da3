package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.testkit.Eventually;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run --once} in this JVM, scraped through its {@code /metrics} while it runs: once
 * the counters show the run drained, they equal what the run's summary says.
 */
@Timeout(420)
class RunMetricsIT {

    @TempDir
    Path work;

    private static long summaryValue(String summary, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.MULTILINE).matcher(summary);
        assertThat(matcher.find()).as("%s in the summary:%n%s", regex, summary).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /**
     * Every item read is published or dead-lettered at ingest, every published one came out of enrich
     * or was dead-lettered there, every enriched one reached the sink: the counters are final.
     */
    private static boolean drained(PrometheusScrape scrape, int items) {
        return scrape.articles("ingest", "in") == items
                && scrape.articles("ingest", "out") + scrape.articles("ingest", "dead_lettered") == items
                && scrape.articles("enrich", "in") == scrape.articles("ingest", "out")
                && scrape.articles("sink", "in") == scrape.articles("enrich", "out");
    }

    @Test
    void shouldExportPipelineCountersThatMatchTheRunSummary() throws Exception {
        Path items = work.resolve("items");
        int count = SampleItems.writeBundled(items) + 1;
        SampleItems.writeMalformed(items);

        AtomicReference<PrometheusScrape> last = new AtomicReference<>();
        try (InProcessCli run = InProcessCli.start("run", "--once", "--input", items.toString(),
                "--data-dir", work.resolve("data").toString(), "--timeout", "180", "--http-port", "0")) {
            String metrics = run.endpoint() + "metrics";
            Eventually.await(Duration.ofSeconds(180), "counters of a drained run on " + metrics, () -> {
                try {
                    last.set(PrometheusScrape.of(metrics));
                } catch (Exception e) {
                    throw new AssertionError("scraping " + metrics + " failed; stderr:\n" + run.err(), e);
                }
                return drained(last.get(), count);
            });
            assertThat(run.awaitExit(Duration.ofSeconds(180))).as("exit code; stderr:%n%s", run.err()).isZero();

            String summary = run.out();
            PrometheusScrape scrape = last.get();
            assertThat(scrape.articles("ingest", "in")).isEqualTo(summaryValue(summary, "^read\\s+(\\d+)"));
            assertThat(scrape.articles("ingest", "out")).isEqualTo(summaryValue(summary, "^published\\s+(\\d+)"));
            assertThat(scrape.articles("ingest", "dead_lettered")).isEqualTo(summaryValue(summary, "\\(ingest (\\d+),")).isEqualTo(1);
            assertThat(scrape.articles("enrich", "out")).isEqualTo(summaryValue(summary, "^enriched\\s+(\\d+)"));
            assertThat(scrape.articles("enrich", "dead_lettered")).isEqualTo(summaryValue(summary, ", enrich (\\d+),"));
            assertThat(scrape.articles("sink", "out")).isEqualTo(summaryValue(summary, "^stored\\s+(\\d+)")).isEqualTo(count - 1);
            assertThat(scrape.articles("sink", "dead_lettered")).isEqualTo(summaryValue(summary, ", sink (\\d+)\\)"));
            assertThat(scrape.sum("newsflow_dead_letters_total", Map.of()))
                    .isEqualTo(summaryValue(summary, "^dead-lettered\\s+(\\d+)"));
            assertThat(scrape.sum("newsflow_enriched_languages_total", Map.of())).isEqualTo(count - 1);
            assertThat(scrape.text()).contains("newsflow_enrich_latency_seconds_bucket", "kafka_stream_thread_", "jvm_memory_used_bytes");
        }
    }
}
