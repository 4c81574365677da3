package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.core.json.Json;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
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

    @Test
    void shouldReadEachListedPageWithItsUrlAndFetchTimeAndGoOnPastABadLine() throws Exception {
        Path pages = Files.createDirectory(dir.resolve("pages"));
        Path gzipped = pages.resolve("harbour.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            // Undeclared GBK, as many older Chinese pages are saved.
            out.write(("<html><head><title>港口重新开放</title></head><body><article><h1>港口重新开放</h1>"
                    + "<p>经过一周的码头维修，港口于星期一重新开放，渔船和渡轮恢复了正常的航行时间。</p></article></body></html>")
                    .getBytes(Charset.forName("GBK")));
        }
        Files.writeString(pages.resolve("pier.html"), "<html><head><title>Pier works end</title></head><body><article>"
                + "<h1>Pier works end</h1><p>The works on the pier ended on Sunday, a day earlier than planned.</p></article></body></html>");
        Path list = Files.writeString(dir.resolve("inputs.tsv"), String.join("\n",
                "pages/harbour.html.gz\thttps://news.example.cn/2024/05/harbour.html\t2024-05-03T18:19:08Z",
                "pages/pier.html\thttps://news.example.org/pier\tyesterday",
                "",
                "pages/pier.html\thttps://news.example.org/pier")
                + "\n", StandardCharsets.UTF_8);
        Instant before = Instant.now();

        Cli.Outcome outcome = Cli.execute("extract", "--inputs", list.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        List<JsonNode> lines = outcome.out().lines().map(ExtractCommandTest::json).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).path("url").asText()).isEqualTo("https://news.example.cn/2024/05/harbour.html");
        assertThat(lines.get(0).path("title").asText()).isEqualTo("港口重新开放");
        assertThat(lines.get(0).path("fetchedAt").asText()).isEqualTo("2024-05-03T18:19:08Z");
        assertThat(lines.get(1).path("input").asText()).isEqualTo(list + ":2");
        assertThat(lines.get(1).path("error").asText()).contains("FETCHED_AT 'yesterday' is not an ISO-8601 time");
        assertThat(lines.get(2).path("url").asText()).isEqualTo("https://news.example.org/pier");
        assertThat(Duration.between(before, Instant.parse(lines.get(2).path("fetchedAt").asText())).abs()).isLessThan(Duration.ofMinutes(1));
        assertThat(outcome.err()).contains("newsflow: extract: " + list + ":2: FETCHED_AT 'yesterday'");
    }

    private static JsonNode json(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
