package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.core.json.Json;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow extract} offline: a failing input gives its error in place, the inputs after it still come. */
class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void shouldRefuseAFileOverTheInputLimitByItsSizeAndExtractTheNextOne() throws Exception {
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        Path item = Files.writeString(dir.resolve("item.txt"), """
                <!--1714141024000-->
                [Harbour reopens](https://news.example.org/harbour)
                ------
                <article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after a week of repairs to the pier.</p></article>
                """);

        Cli.Outcome outcome = Cli.execute("extract", huge.toString(), item.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        List<JsonNode> lines = outcome.out().lines().map(ExtractCommandTest::json).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).path("input").asText()).isEqualTo(huge.toString());
        assertThat(lines.get(0).path("error").asText()).isEqualTo("file is 3221225472 bytes (3 GiB), more than the 64 MiB limit: not read");
        assertThat(lines.get(1).path("title").asText()).isEqualTo("Harbour reopens");
        assertThat(outcome.err().strip()).isEqualTo("newsflow: extract: " + huge + ": " + lines.get(0).path("error").asText());
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
