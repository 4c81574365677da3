package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.ingest.seen.RunRecords;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The ingest stage on a real broker: it watches its folders, publishing each new or changed file once, until closed. */
@Timeout(120)
class IngestStageIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void createTopics() {
        IngestTestTopics.ensure();
    }

    private static String item(String url, String body) {
        return "<!--1714141024000-->\n[A story](" + url + ")\n------\n<article><p>" + body + "</p></article>\n";
    }

    private IngestStage.Settings watching(String runId) {
        return new IngestStage.Settings(TestKafka.bootstrapServers(), Map.of(), runId, List.of(folder), false, Duration.ofMillis(200),
                null, null);
    }

    @Test
    void shouldPublishFilesThatAppearOrChangeWhileItWatchesAndNothingTwice() throws Exception {
        String runId = UUID.randomUUID().toString();
        String url = "https://news.example.org/" + runId;
        List<IngestReport> passes = new CopyOnWriteArrayList<>();
        IngestStage.Listener told = new IngestStage.Listener() {
            @Override
            public void passed(IngestReport report) {
                passes.add(report);
            }
        };
        Files.writeString(folder.resolve("first.txt"), item(url + "/first", "First."));
        try (IngestStage stage = new IngestStage(watching(runId), told, line -> { }, Clock.systemUTC())) {
            stage.start();
            assertThat(stage.ready()).isTrue();
            Eventually.await(Duration.ofSeconds(30), "the first file published",
                    () -> passes.stream().mapToInt(IngestReport::published).sum() == 1);
            Files.writeString(folder.resolve("second.txt"), item(url + "/second", "Second."));
            Eventually.await(Duration.ofSeconds(30), "the new file published",
                    () -> passes.stream().mapToInt(IngestReport::published).sum() == 2);
            assertThat(stage.failure()).isNull();
        }

        List<RawArticle> published = RunRecords.read(Topics.RAW, 2, runId);
        assertThat(published).extracting(RawArticle::url).containsExactlyInAnyOrder(url + "/first", url + "/second");
    }

    @Test
    void shouldIngestOnceInTheCallersThreadWithoutStarting() throws Exception {
        String runId = UUID.randomUUID().toString();
        Files.writeString(folder.resolve("only.txt"), item("https://news.example.org/" + runId + "/only", "Only."));
        try (IngestStage stage = new IngestStage(watching(runId), IngestStage.Listener.NONE, line -> { }, Clock.systemUTC())) {
            assertThat(stage.ingestOnce()).isEqualTo(new IngestReport(1, 1, 0));
            assertThat(stage.ingestOnce()).as("a second pass finds nothing new").isEqualTo(new IngestReport(0, 0, 0));
            assertThat(stage.ready()).as("not started").isFalse();
        }
    }
}
