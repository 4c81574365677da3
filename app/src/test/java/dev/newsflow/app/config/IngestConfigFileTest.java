package dev.newsflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.ingest.poll.FeedSource;
import dev.newsflow.ingest.source.http.CidrRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigFileTest {

    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws Exception {
        return Files.writeString(dir.resolve(name), yaml);
    }

    @Test
    void shouldReadSourcesWithTheirOptions() throws Exception {
        Path file = write("newsflow.yaml", """
                ingest:
                  allow-ranges: ["10.20.0.0/16"]
                  workers: 4
                  per-host: 1
                  push: { port: 8088, max-bytes: 2MB }
                sources:
                  - id: wire
                    url: https://rss.example.org/wire.xml
                    interval: 10m
                    headers: { X-Api-Key: abc }
                    fetch-full-page: true
                    timeout: 20s
                    max-bytes: 5MB
                  - id: plain
                    url: https://feeds.example.org/atom
                """);

        IngestConfig config = IngestConfigFile.load(file);

        assertThat(config.sources()).containsExactly(
                new FeedSource("wire", "https://rss.example.org/wire.xml", Duration.ofMinutes(10), Map.of("X-Api-Key", "abc"), true,
                        Duration.ofSeconds(20), 5L * 1024 * 1024),
                FeedSource.of("plain", "https://feeds.example.org/atom"));
        assertThat(config.allowRanges()).containsExactly(CidrRange.parse("10.20.0.0/16"));
        assertThat(config.workers()).isEqualTo(4);
        assertThat(config.perHost()).isEqualTo(1);
        assertThat(config.pushPort()).isEqualTo(8088);
        assertThat(config.pushMaxBytes()).isEqualTo(2L * 1024 * 1024);
    }

    @Test
    void shouldReadSourcesFromTheFileTheSectionPointsTo() throws Exception {
        write("feeds.yaml", """
                - id: one
                  url: https://one.example.org/rss
                  interval: PT30M
                """);
        Path file = write("newsflow.yaml", "sources: feeds.yaml\n");

        IngestConfig config = IngestConfigFile.load(file);

        assertThat(config.sources()).extracting(FeedSource::id, FeedSource::interval).containsExactly(
                tuple("one", Duration.ofMinutes(30)));
        assertThat(config.pushPort()).isNull();
        assertThat(config.workers()).isEqualTo(IngestConfig.DEFAULT_WORKERS);
    }

    @Test
    void shouldNameTheFileAndFieldOfAMistake() throws Exception {
        Path misspelt = write("a.yaml", "sources:\n  - id: x\n    url: https://x.example.org/\n    fetch-fullpage: true\n");
        Path badDuration = write("b.yaml", "sources:\n  - id: x\n    url: https://x.example.org/\n    interval: often\n");
        Path duplicate = write("c.yaml", "sources:\n  - {id: x, url: https://x.example.org/}\n  - {id: x, url: https://y.example.org/}\n");
        Path badRange = write("d.yaml", "ingest:\n  allow-ranges: [intranet]\n");

        assertThatThrownBy(() -> IngestConfigFile.load(misspelt)).hasMessageContaining("a.yaml").hasMessageContaining("sources[0].fetch-fullpage");
        assertThatThrownBy(() -> IngestConfigFile.load(badDuration)).hasMessageContaining("sources[0].interval: not a duration");
        assertThatThrownBy(() -> IngestConfigFile.load(duplicate)).hasMessageContaining("'x' is used twice");
        assertThatThrownBy(() -> IngestConfigFile.load(badRange)).hasMessageContaining("ingest.allow-ranges: not an IP range");
        assertThatThrownBy(() -> IngestConfigFile.load(dir.resolve("missing.yaml"))).hasMessageContaining("no such file");
    }
}
