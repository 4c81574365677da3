package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.app.Main;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.testkit.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to a running {@code newsflow run} (a child JVM, so the signal is real): it drains, commits
 * and exits; the same run again then stores every article exactly once.
 */
@Timeout(300)
class RunShutdownIT {

    private static final int ITEMS = 60;
    /** Generous: the issue asks for 10 s; this bound only catches a process that does not stop at all. */
    private static final Duration EXIT_BOUND = Duration.ofSeconds(60);

    @TempDir
    Path work;

    /** Distinct items made from the bundled samples: same bodies, each under its own link. */
    private void writeItems(Path folder) throws Exception {
        Files.createDirectories(folder);
        List<InputFile> samples = SampleItems.bundled();
        for (int i = 0; i < ITEMS; i++) {
            String[] lines = new String(samples.get(i % samples.size()).bytes(), StandardCharsets.UTF_8).split("\n", 3);
            String title = lines[1].substring(1, lines[1].lastIndexOf("]("));
            Files.writeString(folder.resolve(String.format("%03d.txt", i)),
                    lines[0] + "\n[" + title + "](https://news.example.org/shutdown-test/story-" + i + ")\n" + lines[2]);
        }
    }

    private static String logText(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long[] rowsAndDistinctIds(Path db) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*), count(DISTINCT id) FROM articles")) {
            result.next();
            return new long[] {result.getLong(1), result.getLong(2)};
        }
    }

    @Test
    void shouldExitOnSigtermAndStoreNothingTwiceOnRerun() throws Exception {
        Path items = work.resolve("items");
        Path data = work.resolve("data");
        Path log = work.resolve("run.log");
        writeItems(items);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process run = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "run", "--input", items.toString(), "--data-dir", data.toString(), "--http-port", "0")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Eventually.await(Duration.ofSeconds(180), "the run to ingest its items", () ->
                    !run.isAlive() || logText(log).contains("running until stopped"));
            assertThat(run.isAlive()).as("run still running; log:%n%s", Files.readString(log)).isTrue();

            long signalledAt = System.nanoTime();
            run.destroy(); // SIGTERM on Linux
            boolean exited = run.waitFor(EXIT_BOUND.toSeconds(), TimeUnit.SECONDS);
            long tookMillis = (System.nanoTime() - signalledAt) / 1_000_000;
            System.out.printf("newsflow run exited %d ms after SIGTERM (exit code %s)%n", tookMillis, exited ? run.exitValue() : "-");

            assertThat(exited).as("run exited after SIGTERM; log:%n%s", Files.readString(log)).isTrue();
        } finally {
            run.destroyForcibly();
        }

        InProcessCli rerun = InProcessCli.execute("run", "--once", "--input", items.toString(), "--data-dir", data.toString(),
                "--timeout", "240", "--http-port", "0");

        assertThat(rerun.awaitExit(Duration.ZERO)).as("rerun exit code; stderr:%n%s", rerun.err()).isZero();
        assertThat(rerun.out()).contains("status         complete");
        assertThat(rowsAndDistinctIds(data.resolve("newsflow.db"))).containsExactly(ITEMS, ITEMS);
    }
}
