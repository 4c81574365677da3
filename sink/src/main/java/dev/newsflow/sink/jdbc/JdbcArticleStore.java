package dev.newsflow.sink.jdbc;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Articles in a relational database over JDBC: SQLite (the embedded default) or PostgreSQL. One table
 * {@code articles} that people can query directly ({@code sqlite3 data/newsflow.db}); timestamps are
 * ISO-8601 UTC text, {@code json} holds the full enriched event.
 */
public final class JdbcArticleStore implements ArticleStore {

    private final Connection connection;
    private final SqlDialect dialect;
    private final Clock clock;

    private JdbcArticleStore(Connection connection, SqlDialect dialect, Clock clock) {
        this.connection = connection;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** Opens (and for SQLite creates) the store and its tables. */
    public static JdbcArticleStore open(String jdbcUrl, Clock clock) throws StoreException {
        SqlDialect dialect = SqlDialect.of(jdbcUrl);
        try {
            if (dialect == SqlDialect.SQLITE) {
                createParentDirectory(jdbcUrl);
            }
            Connection connection = DriverManager.getConnection(jdbcUrl);
            if (dialect == SqlDialect.SQLITE) {
                try (Statement statement = connection.createStatement()) {
                    // WAL: readers (sqlite3, dashboards) never block the sink, and a committed
                    // transaction survives a crash of the process.
                    statement.execute("PRAGMA journal_mode=WAL");
                    // With WAL, NORMAL loses nothing on a process crash; only an OS crash may lose the last commit.
                    statement.execute("PRAGMA synchronous=NORMAL");
                    // Another process (a second sink, sqlite3) may hold the lock briefly: wait instead of failing.
                    statement.execute("PRAGMA busy_timeout=10000");
                }
            }
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String ddl : dialect.schema()) {
                    statement.execute(ddl);
                }
            }
            connection.commit();
            return new JdbcArticleStore(connection, dialect, clock);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private static void createParentDirectory(String jdbcUrl) {
        String file = jdbcUrl.substring("jdbc:sqlite:".length());
        int options = file.indexOf('?');
        file = options >= 0 ? file.substring(0, options) : file;
        if (file.isEmpty() || file.startsWith(":memory:") || file.startsWith("file:")) {
            return;
        }
        Path parent = Path.of(file).toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + parent, e);
        }
    }

    @Override
    public synchronized void write(List<EnrichedArticle> articles) throws StoreException {
        if (articles.isEmpty()) {
            return;
        }
        String storedAt = clock.instant().toString();
        try (PreparedStatement upsert = connection.prepareStatement(dialect.upsert())) {
            for (EnrichedArticle article : articles) {
                bind(upsert, article, storedAt);
                upsert.addBatch();
            }
            upsert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            rollbackQuietly(e);
            throw new StoreException("store rejected a batch of " + articles.size() + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement upsert, EnrichedArticle article, String storedAt) throws SQLException {
        int i = 0;
        upsert.setString(++i, article.id());
        upsert.setInt(++i, article.revision());
        upsert.setString(++i, article.url());
        upsert.setString(++i, article.canonicalUrl());
        upsert.setString(++i, article.site());
        upsert.setString(++i, article.title());
        upsert.setString(++i, article.authors().isEmpty() ? null : String.join(", ", article.authors()));
        upsert.setString(++i, text(article.publishedAt()));
        upsert.setString(++i, text(article.updatedAt()));
        upsert.setString(++i, text(article.feedTimestamp()));
        upsert.setString(++i, article.language() == null ? null : article.language().tag());
        if (article.stats() == null) {
            upsert.setNull(++i, Types.INTEGER);
        } else {
            upsert.setInt(++i, article.stats().words());
        }
        upsert.setString(++i, article.text());
        upsert.setString(++i, Json.toLine(article));
        upsert.setString(++i, article.extractor() == null ? null : article.extractor().version());
        upsert.setString(++i, storedAt);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private void rollbackQuietly(SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            cause.addSuppressed(rollback);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing after a failure: the transaction is already rolled back, nothing is left to save.
        }
    }
}
