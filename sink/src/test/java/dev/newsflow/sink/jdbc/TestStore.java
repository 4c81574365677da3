package dev.newsflow.sink.jdbc;

import dev.newsflow.testkit.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The stores every store test runs against: a real SQLite file and a real PostgreSQL database. */
public enum TestStore {
    SQLITE {
        @Override
        public String newJdbcUrl(Path folder) {
            return "jdbc:sqlite:" + folder.resolve("sub/dir/newsflow.db");
        }
    },
    POSTGRESQL {
        @Override
        public String newJdbcUrl(Path folder) {
            return TestPostgres.newDatabase();
        }
    };

    /** A store no other test sees; {@code folder} is the test's own temporary folder. */
    public abstract String newJdbcUrl(Path folder);

    /** The first column of the first row of {@code sql}, as text, or null when there is no row. */
    public static String query(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }
}
