package dev.newsflow.sink.file;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.sink.consume.SinkTopics;
import dev.newsflow.sink.jdbc.SampleArticles;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The file export on a real broker: every enriched event in exactly one completed file. */
@Timeout(180)
class FileExportServiceIT {

    @TempDir
    Path folder;

    private static List<String> idsIn(Path folder, String prefix) {
        return ExportedFiles.lines(folder).stream()
                .map(line -> Json.fromBytes(line.getBytes(StandardCharsets.UTF_8), EnrichedArticle.class).id())
                .filter(id -> id.startsWith(prefix))
                .toList();
    }

    @Test
    void shouldExportEachEnrichedEventOnceIntoCompletedRotatedFiles() throws Exception {
        SinkTopics.ensure();
        String prefix = TestKafka.uniqueName("export");
        SinkTopics.publish(IntStream.range(0, 50)
                .mapToObj(i -> SinkTopics.enriched(SampleArticles.article(prefix + "-" + i, 1, "Article " + i)))
                .toList());

        try (RotatingJsonLinesFile file = new RotatingJsonLinesFile(folder, "enriched", Duration.ofSeconds(1), Clock.systemUTC());
             FileExportService export = new FileExportService(TestKafka.bootstrapServers(), prefix, file, Map.of())) {
            new Thread(export, "export-it").start();
            Eventually.await(Duration.ofSeconds(60), "50 exported articles in completed files",
                    () -> idsIn(folder, prefix).size() >= 50);
        }

        assertThat(idsIn(folder, prefix)).hasSize(50).doesNotHaveDuplicates();
    }
}
