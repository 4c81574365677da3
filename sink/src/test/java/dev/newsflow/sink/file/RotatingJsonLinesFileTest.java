package dev.newsflow.sink.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingJsonLinesFileTest {

    @TempDir
    Path folder;

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        Instant now = Instant.parse("2024-04-26T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowAFileToReadersOnlyOnceItIsCompleteAndGzipped() throws Exception {
        ManualClock clock = new ManualClock();
        try (RotatingJsonLinesFile file = new RotatingJsonLinesFile(folder, "enriched", Duration.ofHours(1), clock)) {
            file.append(json("{\"id\":\"a\"}"));
            file.append(json("{\"id\":\"b\"}"));
            assertThat(ExportedFiles.completed(folder)).isEmpty();

            Path done = file.complete();

            assertThat(done.getFileName().toString()).isEqualTo("enriched-20240426T080000Z-0.jsonl.gz");
            assertThat(ExportedFiles.lines(folder)).containsExactly("{\"id\":\"a\"}", "{\"id\":\"b\"}");
        }
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void shouldBeDueOnlyOnceTheWindowHasPassed() throws Exception {
        ManualClock clock = new ManualClock();
        try (RotatingJsonLinesFile file = new RotatingJsonLinesFile(folder, "enriched", Duration.ofMinutes(10), clock)) {
            assertThat(file.due()).as("no file open").isFalse();
            file.append(json("{}"));
            clock.now = clock.now.plus(Duration.ofMinutes(9));
            assertThat(file.due()).isFalse();
            clock.now = clock.now.plus(Duration.ofMinutes(1));
            assertThat(file.due()).isTrue();
            file.complete();
            file.append(json("{}"));
            file.complete();
        }

        assertThat(ExportedFiles.completed(folder)).extracting(p -> p.getFileName().toString())
                .containsExactly("enriched-20240426T080000Z-0.jsonl.gz", "enriched-20240426T081000Z-0.jsonl.gz");
    }

    @Test
    void shouldNeverOverwriteAFileOfTheSameSecond() throws Exception {
        ManualClock clock = new ManualClock();
        try (RotatingJsonLinesFile file = new RotatingJsonLinesFile(folder, "enriched", Duration.ofMinutes(10), clock)) {
            file.append(json("{\"n\":1}"));
            file.complete();
            file.append(json("{\"n\":2}"));
        }

        assertThat(ExportedFiles.lines(folder)).containsExactly("{\"n\":1}", "{\"n\":2}");
    }

    @Test
    void shouldDeleteAHalfFileACrashLeftBehind() throws Exception {
        Files.writeString(folder.resolve(".enriched-20240426T070000Z-0.jsonl.gz.part"), "half");

        try (RotatingJsonLinesFile file = new RotatingJsonLinesFile(folder, "enriched", Duration.ofMinutes(10), new ManualClock())) {
            assertThat(file.complete()).as("nothing written").isNull();
        }

        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
