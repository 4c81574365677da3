package dev.newsflow.sink.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collections;
import java.util.List;

/**
 * Many rows in few statements: multi-row {@code INSERT … VALUES (…), (…)} and {@code DELETE … IN (…)}
 * of up to {@value #CHUNK} rows each, the full chunks sent as one JDBC batch. A news article has
 * dozens of images and links; one statement per row made them cost most of a write. pgjdbc's
 * {@code reWriteBatchedInserts} does the same for PostgreSQL, but it would also rewrite the article
 * upsert and hide the update counts the store reads to learn which writes won.
 */
final class MultiRowStatements {

    /** Rows per statement: 100 rows of 6 columns stay far below both databases' parameter limits. */
    static final int CHUNK = 100;

    private MultiRowStatements() {}

    /** Inserts {@code rows} (each an array of column values: String, Integer or null) into {@code table}. */
    static void insert(Connection c, String table, List<String> columns, List<Object[]> rows, int timeoutSeconds)
            throws SQLException {
        String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        run(c, rows, timeoutSeconds, n -> head + String.join(", ", Collections.nCopies(n, row)));
    }

    /** Deletes the rows of {@code table} whose {@code column} is one of {@code keys}. */
    static void deleteWhereIn(Connection c, String table, String column, List<String> keys, int timeoutSeconds)
            throws SQLException {
        List<Object[]> rows = keys.stream().map(key -> new Object[] {key}).toList();
        run(c, rows, timeoutSeconds, n -> "DELETE FROM " + table + " WHERE " + column + " IN ("
                + String.join(", ", Collections.nCopies(n, "?")) + ")");
    }

    private interface SqlForRows {
        String sql(int rows);
    }

    private static void run(Connection c, List<Object[]> rows, int timeoutSeconds, SqlForRows sql) throws SQLException {
        int full = rows.size() / CHUNK;
        if (full > 0) {
            try (PreparedStatement statement = c.prepareStatement(sql.sql(CHUNK))) {
                statement.setQueryTimeout(timeoutSeconds);
                for (int chunk = 0; chunk < full; chunk++) {
                    bind(statement, rows.subList(chunk * CHUNK, (chunk + 1) * CHUNK));
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        List<Object[]> rest = rows.subList(full * CHUNK, rows.size());
        if (!rest.isEmpty()) {
            try (PreparedStatement statement = c.prepareStatement(sql.sql(rest.size()))) {
                statement.setQueryTimeout(timeoutSeconds);
                bind(statement, rest);
                statement.executeUpdate();
            }
        }
    }

    private static void bind(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        int i = 0;
        for (Object[] row : rows) {
            for (Object value : row) {
                if (value == null) {
                    statement.setNull(++i, Types.VARCHAR);
                } else if (value instanceof Integer number) {
                    statement.setInt(++i, number);
                } else {
                    statement.setString(++i, value.toString());
                }
            }
        }
    }
}
