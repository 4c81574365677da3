package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.app.run.BundledSamples;
import dev.newsflow.core.json.Json;
import dev.newsflow.ingest.source.InputFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run --once} end to end on a real (embedded KRaft) broker and a real SQLite file:
 * ingest → enrich → sink, exactly as a user runs it.
 */
class RunCommandIT {

    @TempDir
    Path work;

    /** The bundled Chinese sample: built like the seed (mixed scripts, proxied images, credits). */
    private Path chineseSample(Path folder) throws Exception {
        Files.createDirectories(folder);
        InputFile sample = BundledSamples.load().stream()
                .filter(input -> new String(input.bytes(), StandardCharsets.UTF_8).contains("中文網"))
                .findFirst().orElseThrow();
        Path file = folder.resolve("item.txt");
        Files.write(file, sample.bytes());
        return file;
    }

    private static List<JsonNode> storedArticles(Path db) throws SQLException, Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT id, url, title, published_at, language, json FROM articles")) {
            while (result.next()) {
                JsonNode json = Json.mapper().readTree(result.getString("json"));
                assertThat(result.getString("id")).isEqualTo(json.get("id").asText());
                assertThat(result.getString("url")).isEqualTo(json.get("url").asText());
                assertThat(result.getString("title")).isEqualTo(json.get("title").asText());
                assertThat(result.getString("published_at")).isEqualTo(json.get("publishedAt").asText());
                assertThat(result.getString("language")).isEqualTo(json.get("language").get("tag").asText());
                rows.add(json);
            }
        }
        return rows;
    }

    @Test
    void shouldDriveAnArchivedItemThroughIngestEnrichAndSinkIntoSqlite() throws Exception {
        Path items = work.resolve("items");
        chineseSample(items);
        Path data = work.resolve("data");

        Cli.Outcome outcome = Cli.execute("run", "--once", "--input", items.toString(), "--data-dir", data.toString(), "--timeout", "120");

        assertThat(outcome.exitCode()).as("exit code; stderr:%n%s", outcome.err()).isZero();
        assertThat(outcome.out()).contains("status         complete", "read           1", "published      1",
                "enriched       1", "stored         1", "dead-lettered  0");
        List<JsonNode> stored = storedArticles(data.resolve("newsflow.db"));
        assertThat(stored).hasSize(1);
        JsonNode article = stored.get(0);
        assertThat(article.get("schema").asText()).isEqualTo("newsflow.enriched/1");
        assertThat(article.get("publishedAt").asText()).isNotEmpty();
        assertThat(article.get("feedTimestamp").asText()).isNotEmpty();
        assertThat(article.get("images")).isNotEmpty();
        assertThat(article.get("images").get(0).get("url").asText()).doesNotContain("weserv");
        assertThat(article.get("headings")).isNotEmpty();
        assertThat(article.get("credits")).isNotEmpty();
        assertThat(article.get("language").get("tag").asText()).startsWith("zh");
        assertThat(article.get("text").asText()).doesNotContain("中文網").contains("\n\n");
    }

    @Test
    void shouldDeadLetterMalformedFilesNameThemOnStderrAndStoreTheRest() throws Exception {
        Path items = work.resolve("items");
        chineseSample(items);
        Files.write(items.resolve("empty.txt"), new byte[0]);
        Files.writeString(items.resolve("no-rule.txt"), "<!--1714141024000-->\n[A title](https://news.example.org/x)\n<p>body</p>\n");
        byte[] head = "<!--1714141024000-->\n[Bad bytes](https://news.example.org/y)\n------\n<p>".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = new byte[head.length + 3];
        System.arraycopy(head, 0, invalid, 0, head.length);
        invalid[head.length] = (byte) 0xff;
        invalid[head.length + 1] = (byte) 0xfe;
        invalid[head.length + 2] = (byte) 0x41;
        Files.write(items.resolve("invalid-utf8.txt"), invalid);
        Path data = work.resolve("data");

        Cli.Outcome outcome = Cli.execute("run", "--once", "--input", items.toString(), "--data-dir", data.toString(), "--timeout", "120");

        assertThat(outcome.exitCode()).as("exit code; stderr:%n%s", outcome.err()).isZero();
        assertThat(outcome.out()).contains("read           4", "published      1", "stored         1",
                "dead-lettered  3 (ingest 3, enrich 0, sink 0)");
        assertThat(outcome.err().lines().filter(line -> line.startsWith("newsflow: ingest: ")))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("empty.txt").contains("file is empty"))
                .anySatisfy(line -> assertThat(line).contains("no-rule.txt").contains("no ------ line"))
                .anySatisfy(line -> assertThat(line).contains("invalid-utf8.txt").contains("invalid UTF-8"));
        assertThat(storedArticles(data.resolve("newsflow.db"))).hasSize(1);
    }

    @Test
    void shouldRunTheBundledSamplesWhenGivenNoInput() throws Exception {
        Path data = work.resolve("data");
        int samples = BundledSamples.load().size();

        Cli.Outcome outcome = Cli.execute("run", "--once", "--data-dir", data.toString(), "--timeout", "120");

        assertThat(outcome.exitCode()).as("exit code; stderr:%n%s", outcome.err()).isZero();
        assertThat(outcome.out()).contains("stored         " + samples);
        assertThat(storedArticles(data.resolve("newsflow.db"))).hasSize(samples);
    }
}
