package dev.newsflow.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.app.config.ConfigFlags;
import dev.newsflow.app.config.ConfigLoader;
import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.observe.IngestProgress;
import dev.newsflow.app.observe.Observability;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The whole pipeline as one object on a real broker and SQLite: started stage by stage, fed, drained, closed. */
@Timeout(240)
class PipelineIT {

    @TempDir
    Path data;

    private EffectiveConfig config() throws Exception {
        String unique = UUID.randomUUID().toString();
        return ConfigLoader.load(null, Map.of(), new ConfigFlags()
                .set("kafka.bootstrap-servers", TestKafka.bootstrapServers())
                .set("run.data-dir", data)
                .set("enrich.application-id", "pipeline-it-enrich-" + unique)
                .set("sink.group-id", "pipeline-it-sink-" + unique));
    }

    @Test
    void shouldStoreEveryBundledSampleOnceAndReportReadyOnlyWhileItsStagesRun() throws Exception {
        List<String> errors = new ArrayList<>();
        Pipeline pipeline;
        RunSummary summary;
        try (Observability observability = new Observability()) {
            pipeline = new Pipeline(new PipelineOptions(List.of(), true, config()), Clock.systemUTC(), observability);
            try (pipeline) {
                assertThat(pipeline.ready()).as("before start").isFalse();
                pipeline.start();
                Eventually.await(Duration.ofSeconds(60), "every stage ready", pipeline::ready);

                IngestReport report = pipeline.ingest(errors::add, new IngestProgress(new PrintWriter(new StringWriter()), false, System::nanoTime));
                summary = pipeline.awaitDrained(report, Duration.ofSeconds(120), System.currentTimeMillis());
            }
            assertThat(pipeline.ready()).as("after close").isFalse();
        }

        assertThat(errors).isEmpty();
        assertThat(summary.drained()).isTrue();
        assertThat(summary.read()).isEqualTo(3);
        assertThat(summary.stored()).isEqualTo(3);
        assertThat(summary.deadLettered()).isZero();
    }
}
