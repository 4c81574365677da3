package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.testkit.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow run --once --store jdbc:postgresql://…} end to end into a real PostgreSQL server. */
@Timeout(240)
class RunIntoPostgresIT {

    @TempDir
    Path work;

    private static String query(String jdbcUrl, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    @Test
    void shouldStoreTheBundledSamplesInPostgresqlAsInSqlite() throws Exception {
        String store = TestPostgres.newDatabase();

        Cli.Outcome outcome = Cli.execute("run", "--once", "--store", store, "--data-dir", work.resolve("data").toString(),
                "--timeout", "120");

        assertThat(outcome.exitCode()).as("exit code; stderr:%n%s", outcome.err()).isZero();
        assertThat(outcome.out()).contains("status         complete", "dead-lettered  0");
        String stored = outcome.out().lines().filter(line -> line.startsWith("stored")).findFirst().orElseThrow()
                .replaceAll("\\D", "");
        assertThat(query(store, "SELECT count(*) FROM articles")).isEqualTo(stored).isNotEqualTo("0");
        assertThat(query(store, "SELECT count(*) FROM articles WHERE json->>'id' = id AND published_at IS NOT NULL"))
                .isEqualTo(stored);
        assertThat(query(store, "SELECT count(*) FROM article_images")).isNotEqualTo("0");
        assertThat(work.resolve("data/newsflow.db")).doesNotExist();
    }
}
