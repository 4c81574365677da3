package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.app.observe.InProcessCli;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.testkit.Eventually;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dead-letter round trip an operator goes through: a rule of the configuration fails some items,
 * the rule is fixed in the configuration, {@code dlq replay} sends exactly those items through again,
 * and each is stored once. The rule is the sink's {@code max-title-chars}: 3 of 5 items have longer
 * titles than the first configuration allows. A broker of its own: the store must see only these items.
 */
@Timeout(300)
class DlqReplayAfterFixIT {

    private static final List<String> SHORT_TITLES = List.of("Harbour reopens", "Library hours");
    private static final List<String> LONG_TITLES = List.of(
            "Regional council approves a ten-year plan for the riverside tram network",
            "Scientists map the migration routes of northern sea birds in unprecedented detail",
            "Small bakery chain doubles its apprenticeship places after record year");

    @TempDir
    Path work;

    private EmbeddedKafkaBroker broker;

    @BeforeEach
    void startBroker() {
        broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 0);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    private Path items() throws Exception {
        Path folder = Files.createDirectories(work.resolve("items"));
        List<String> titles = new ArrayList<>(SHORT_TITLES);
        titles.addAll(LONG_TITLES);
        for (int i = 0; i < titles.size(); i++) {
            Files.writeString(folder.resolve("item-" + i + ".txt"), """
                    <!--1717526400000-->
                    [%s](https://news.example.org/dlq-replay/%d)
                    ------
                    <article><h1>%s</h1><p>The story of item %d, told in a paragraph long enough to be a body of text.</p></article>
                    """.formatted(titles.get(i), i, titles.get(i), i));
        }
        return folder;
    }

    private Path config(String name, int maxTitleChars) throws Exception {
        return Files.writeString(work.resolve(name), """
                kafka:
                  bootstrap-servers: %s
                run:
                  data-dir: %s
                sink:
                  max-title-chars: %d   # the rule under test
                observe:
                  ports: { run: 0 }
                """.formatted(broker.bootstrapServers(), work.resolve("data"), maxTitleChars));
    }

    /** Title and stored_at of every stored article, by title. */
    private Map<String, String> stored() throws SQLException {
        Map<String, String> rows = new HashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + work.resolve("data/newsflow.db"));
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT title, stored_at FROM articles")) {
            while (result.next()) {
                assertThat(rows.put(result.getString("title"), result.getString("stored_at"))).as("stored twice").isNull();
            }
        }
        return rows;
    }

    private int storedCount() {
        try {
            return stored().size();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void shouldStoreExactlyTheDeadLetteredItemsOnceAfterTheRuleIsFixedAndReplayed() throws Exception {
        Path strict = config("strict.yaml", 40);
        Path fixed = config("fixed.yaml", 200);

        // Run 1, strict rule: the 2 short titles stored, the 3 long ones refused by the sink.
        Cli.Outcome first = Cli.execute("run", "--once", "--config", strict.toString(), "--input", items().toString());
        assertThat(first.exitCode()).as("stderr: %s", first.err()).isZero();
        assertThat(first.out()).contains("read           5", "dead-lettered  3 (ingest 0, enrich 0, sink 3)", "stored         2");
        assertThat(stored().keySet()).containsExactlyInAnyOrderElementsOf(SHORT_TITLES);
        Cli.Outcome letters = Cli.execute("dlq", "list", "--config", strict.toString(), "--stage", "sink");
        assertThat(letters.out().lines().toList()).hasSize(3)
                .allSatisfy(line -> assertThat(line).contains("more than sink.max-title-chars (40)", "\"replayed\":false"));

        // The rule fixed: the pipeline runs again with the new configuration, and the dead letters are replayed.
        Files.createDirectories(work.resolve("nothing-new"));
        try (InProcessCli pipeline = InProcessCli.start("run", "--config", fixed.toString(), "--input", work.resolve("nothing-new").toString())) {
            Eventually.await(Duration.ofSeconds(120), "the fixed pipeline to run",
                    () -> pipeline.err().contains("running until stopped") || pipeline.done());
            assertThat(pipeline.done()).as("the pipeline ended early; stderr: %s", pipeline.err()).isFalse();

            Cli.Outcome replay = Cli.execute("dlq", "replay", "--config", fixed.toString(), "--stage", "sink");
            assertThat(replay.out()).as("stderr: %s", replay.err()).contains("replayed 3, already replayed 0, failed 0");
            Eventually.await(Duration.ofSeconds(60), "the 3 replayed articles in the store", () -> storedCount() == 5);
            Map<String, String> afterReplay = stored();
            assertThat(afterReplay.keySet()).containsAll(LONG_TITLES).containsAll(SHORT_TITLES).hasSize(5);

            // A second replay finds nothing new to send: the store is left exactly as it was.
            Cli.Outcome again = Cli.execute("dlq", "replay", "--config", fixed.toString(), "--stage", "sink");
            assertThat(again.out()).contains("replayed 0, already replayed 3, failed 0");
            Thread.sleep(3_000); // longer than a sink batch takes (linger 200 ms): a re-stored row would show by now
            assertThat(stored()).isEqualTo(afterReplay);
        }
    }
}
