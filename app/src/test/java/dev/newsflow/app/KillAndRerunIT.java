package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.app.run.BundledSamples;
import dev.newsflow.core.id.ArticleId;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of {@code newsflow run} in the middle of a run over 200 items, then the same
 * command again: every article ends up stored exactly once, none missing. The pipeline runs as a
 * child JVM so that it can really be killed.
 */
@Timeout(600)
class KillAndRerunIT {

    private static final int ITEMS = 200;

    @TempDir
    Path work;

    /** 200 distinct items made from the bundled samples: same bodies, each under its own link. */
    private Set<String> writeItems(Path folder) throws Exception {
        Files.createDirectories(folder);
        List<byte[]> samples = BundledSamples.load().stream().map(input -> input.bytes()).toList();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ITEMS; i++) {
            String sample = new String(samples.get(i % samples.size()), StandardCharsets.UTF_8);
            String[] lines = sample.split("\n", 3);
            String url = "https://news.example.org/kill-test/story-" + i;
            String title = lines[1].substring(1, lines[1].lastIndexOf("]("));
            Files.writeString(folder.resolve(String.format("%03d.txt", i)), lines[0] + "\n[" + title + "](" + url + ")\n" + lines[2]);
            ids.add(ArticleId.of(url));
        }
        return ids;
    }

    private Process startRun(Path items, Path data, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "--once", "--input", items.toString(), "--data-dir", data.toString(),
                "--timeout", "240");
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        return builder.start();
    }

    private static int storedRows(Path db) {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM articles")) {
            return result.next() ? result.getInt(1) : 0;
        } catch (SQLException e) {
            return 0; // the table is not there yet
        }
    }

    @Test
    void shouldStoreEveryArticleExactlyOnceAfterAKillDashNineAndARerun() throws Exception {
        Path items = work.resolve("items");
        Path data = work.resolve("data");
        Path db = data.resolve("newsflow.db");
        Set<String> expectedIds = writeItems(items);

        Process first = startRun(items, data, work.resolve("first.log"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (storedRows(db) == 0 && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        int storedAtKill = storedRows(db);
        assertThat(first.isAlive()).as("first run still running when the first article was stored; log:%n%s",
                Files.readString(work.resolve("first.log"))).isTrue();
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).as("killed process ended").isTrue();
        int storedWhenDead = storedRows(db);
        System.out.printf("kill -9 with %d of %d articles stored (%d once the process was gone)%n", storedAtKill, ITEMS, storedWhenDead);
        // The kill must land mid-run, or the rerun below proves nothing about recovering from one.
        assertThat(storedWhenDead).as("articles stored by the killed run").isPositive().isLessThan(ITEMS);

        Process second = startRun(items, data, work.resolve("second.log"));
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).as("rerun finished within 300 s").isTrue();
        assertThat(second.exitValue()).as("rerun exit code; log:%n%s", Files.readString(work.resolve("second.log"))).isZero();

        List<String> storedIds = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT id FROM articles")) {
            while (result.next()) {
                storedIds.add(result.getString(1));
            }
        }
        assertThat(storedIds).as("no duplicate rows").doesNotHaveDuplicates();
        assertThat(storedIds).as("every article stored, none missing").containsExactlyInAnyOrderElementsOf(expectedIds);
        assertThat(Files.readString(work.resolve("second.log"))).contains("status         complete", "stored         " + ITEMS);
    }
}
