package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The test PostgreSQL: fresh databases per test, and a server that survives a stop and start. */
@Timeout(180)
class TestPostgresIT {

    private static long count(String jdbcUrl, String table) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void shouldGiveEachTestAnEmptyDatabaseOfItsOwn() throws Exception {
        String first = TestPostgres.newDatabase();
        String second = TestPostgres.newDatabase();
        try (Connection connection = DriverManager.getConnection(first); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE notes (body TEXT)");
            statement.execute("INSERT INTO notes VALUES ('hello')");
        }

        assertThat(first).isNotEqualTo(second);
        assertThat(count(first, "notes")).isEqualTo(1);
        assertThatThrownBy(() -> count(second, "notes")).isInstanceOf(SQLException.class);
    }

    @Test
    void shouldKeepTheDataOfARestartableServerAcrossAStop() throws Exception {
        try (TestPostgres.Restartable server = TestPostgres.startRestartable()) {
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl());
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE notes (body TEXT)");
                statement.execute("INSERT INTO notes VALUES ('kept')");
            }

            server.stop();
            assertThatThrownBy(() -> count(server.jdbcUrl(), "notes")).isInstanceOf(SQLException.class);
            server.start();

            assertThat(count(server.jdbcUrl(), "notes")).isEqualTo(1);
        }
    }
}
