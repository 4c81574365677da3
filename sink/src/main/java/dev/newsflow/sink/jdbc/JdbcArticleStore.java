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
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Articles in a relational database over JDBC: SQLite (the embedded default) or PostgreSQL, with the
 * schema Flyway migrates at open. Tables people can query directly ({@code sqlite3 data/newsflow.db}):
 * {@code articles} ({@code json} holds the full enriched event), {@code article_images} and
 * {@code article_links}.
 *
 * <p>One connection, one writer. A failure that is the database's (down, slow, locked) drops the
 * connection and throws {@link StoreException}; the next write connects again. A failure that is a
 * row's (its content) makes the batch go again row by row, each behind a savepoint, so only the
 * refused rows are left out.
 */
public final class JdbcArticleStore implements ArticleStore {

    /** How long one statement may take before the database counts as too slow (and the write is retried). */
    private static final Duration STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final String jdbcUrl;
    private final SqlDialect dialect;
    private final Clock clock;
    private Connection connection;

    private JdbcArticleStore(String jdbcUrl, SqlDialect dialect, Clock clock) {
        this.jdbcUrl = jdbcUrl;
        this.dialect = dialect;
        this.clock = clock;
    }

    /** Opens (and for SQLite creates) the store and migrates its schema to the newest version. */
    public static JdbcArticleStore open(String jdbcUrl, Clock clock) throws StoreException {
        SqlDialect dialect = SqlDialect.of(jdbcUrl);
        if (dialect == SqlDialect.SQLITE) {
            createParentDirectory(jdbcUrl);
        }
        StoreMigrations.migrate(jdbcUrl, dialect);
        JdbcArticleStore store = new JdbcArticleStore(jdbcUrl, dialect, clock);
        try {
            store.connection();
        } catch (SQLException e) {
            throw new StoreException("cannot open the store " + jdbcUrl + ": " + e.getMessage(), e);
        }
        return store;
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

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection fresh = DriverManager.getConnection(jdbcUrl);
            try {
                configure(fresh);
            } catch (SQLException e) {
                fresh.close();
                throw e;
            }
            connection = fresh;
        }
        return connection;
    }

    private void configure(Connection fresh) throws SQLException {
        if (dialect == SqlDialect.SQLITE) {
            try (Statement statement = fresh.createStatement()) {
                // WAL: readers (sqlite3, dashboards) never block the sink, and a committed
                // transaction survives a crash of the process.
                statement.execute("PRAGMA journal_mode=WAL");
                // With WAL, NORMAL loses nothing on a process crash; only an OS crash may lose the last commit.
                statement.execute("PRAGMA synchronous=NORMAL");
                // Another process (a second sink, sqlite3) may hold the lock briefly: wait instead of failing.
                statement.execute("PRAGMA busy_timeout=10000");
            }
        } else {
            // A server that stops answering (a hung host, a cut network) fails the read instead of
            // blocking the sink forever; the write is then retried on a new connection.
            fresh.setNetworkTimeout(Runnable::run, (int) STATEMENT_TIMEOUT.multipliedBy(2).toMillis());
        }
        fresh.setAutoCommit(false);
    }

    @Override
    public synchronized List<Rejection> write(List<EnrichedArticle> articles) throws StoreException {
        if (articles.isEmpty()) {
            return List.of();
        }
        List<Integer> newest = newestPerId(articles);
        Instant storedAt = clock.instant();
        try {
            Connection c = connection();
            try {
                writeRows(c, articles, newest, storedAt);
                c.commit();
                return List.of();
            } catch (SQLException e) {
                rollback(c, e);
                if (!dialect.rejectsContent(e)) {
                    throw e;
                }
            }
            return writeRowByRow(c, articles, newest, storedAt);
        } catch (SQLException e) {
            disconnect();
            throw new StoreException("store cannot take a batch of " + articles.size() + " now: " + reason(e), e);
        } catch (AssertionError e) {
            // pgjdbc 42.7 throws AssertionError ("getAutoCommit() should not throw") when the server
            // goes away in the middle of a batch: that is a lost connection, not a bug of ours.
            disconnect();
            throw new StoreException("store connection lost in the middle of a batch of " + articles.size(), e);
        }
    }

    /** Runs each row behind its own savepoint; a row refused for its content is rolled back alone. */
    private List<Rejection> writeRowByRow(Connection c, List<EnrichedArticle> articles, List<Integer> newest,
                                          Instant storedAt) throws SQLException {
        List<Rejection> rejections = new ArrayList<>();
        try {
            for (int index : newest) {
                Savepoint savepoint = c.setSavepoint();
                try {
                    writeRows(c, articles, List.of(index), storedAt);
                } catch (SQLException e) {
                    c.rollback(savepoint);
                    if (!dialect.rejectsContent(e)) {
                        throw e;
                    }
                    rejections.add(new Rejection(index, reason(e)));
                }
            }
            c.commit();
            return rejections;
        } catch (SQLException e) {
            rollback(c, e);
            throw e;
        }
    }

    /**
     * The index of the newest version of each id in the batch: PostgreSQL refuses an upsert that
     * touches one row twice, and the older versions would lose anyway.
     */
    private static List<Integer> newestPerId(List<EnrichedArticle> articles) {
        Comparator<Integer> byVersion = Comparator.<Integer>comparingInt(i -> articles.get(i).revision())
                .thenComparing(i -> ExtractorVersion.orderKey(extractorVersion(articles.get(i))));
        Map<String, Integer> newest = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            newest.merge(articles.get(i).id(), i, (kept, next) -> byVersion.compare(next, kept) >= 0 ? next : kept);
        }
        return List.copyOf(newest.values());
    }

    private void writeRows(Connection c, List<EnrichedArticle> articles, List<Integer> indexes, Instant storedAt)
            throws SQLException {
        int[] counts;
        try (PreparedStatement upsert = prepare(c, dialect.upsertArticle())) {
            for (int index : indexes) {
                bindArticle(upsert, articles.get(index), storedAt);
                upsert.addBatch();
            }
            counts = upsert.executeBatch();
        }
        // An upsert that changed its row (count 1) is the write that is now stored; one that its
        // WHERE held back (count 0) lost to a newer version, whose images and links stay.
        List<EnrichedArticle> won = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            if (counts[i] == Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("the JDBC driver of " + dialect + " reports no update counts");
            }
            if (counts[i] > 0) {
                won.add(articles.get(indexes.get(i)));
            }
        }
        List<String> ids = won.stream().map(EnrichedArticle::id).toList();
        int timeout = (int) STATEMENT_TIMEOUT.toSeconds();
        MultiRowStatements.deleteWhereIn(c, "article_images", "article_id", ids, timeout);
        MultiRowStatements.deleteWhereIn(c, "article_links", "article_id", ids, timeout);
        MultiRowStatements.insert(c, "article_images", IMAGE_COLUMNS, imageRows(won), timeout);
        MultiRowStatements.insert(c, "article_links", LINK_COLUMNS, linkRows(won), timeout);
    }

    private static final List<String> IMAGE_COLUMNS = List.of("article_id", "position", "url", "caption", "credit", "source_url");
    private static final List<String> LINK_COLUMNS = List.of("article_id", "position", "url", "text", "kind");

    private static List<Object[]> imageRows(List<EnrichedArticle> articles) {
        List<Object[]> rows = new ArrayList<>();
        for (EnrichedArticle article : articles) {
            for (int position = 0; position < article.images().size(); position++) {
                EnrichedArticle.Image image = article.images().get(position);
                rows.add(new Object[] {article.id(), position, image.url(), image.caption(), image.credit(), image.sourceUrl()});
            }
        }
        return rows;
    }

    private static List<Object[]> linkRows(List<EnrichedArticle> articles) {
        List<Object[]> rows = new ArrayList<>();
        for (EnrichedArticle article : articles) {
            for (int position = 0; position < article.links().size(); position++) {
                EnrichedArticle.Link link = article.links().get(position);
                rows.add(new Object[] {article.id(), position, link.url(), link.text(), link.kind()});
            }
        }
        return rows;
    }

    private static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        PreparedStatement statement = c.prepareStatement(sql);
        statement.setQueryTimeout((int) STATEMENT_TIMEOUT.toSeconds());
        return statement;
    }

    private void bindArticle(PreparedStatement upsert, EnrichedArticle article, Instant storedAt) throws SQLException {
        int i = 0;
        upsert.setString(++i, article.id());
        upsert.setInt(++i, article.revision());
        upsert.setString(++i, article.url());
        upsert.setString(++i, article.canonicalUrl());
        upsert.setString(++i, article.site());
        upsert.setString(++i, article.title());
        upsert.setString(++i, article.authors().isEmpty() ? null : String.join(", ", article.authors()));
        dialect.bindInstant(upsert, ++i, article.publishedAt());
        dialect.bindInstant(upsert, ++i, article.updatedAt());
        dialect.bindInstant(upsert, ++i, article.feedTimestamp());
        upsert.setString(++i, article.language() == null ? null : article.language().tag());
        if (article.language() == null) {
            upsert.setNull(++i, Types.BOOLEAN);
        } else {
            upsert.setBoolean(++i, article.language().mixed());
        }
        if (article.stats() == null) {
            upsert.setNull(++i, Types.INTEGER);
        } else {
            upsert.setInt(++i, article.stats().words());
        }
        upsert.setString(++i, article.text());
        upsert.setString(++i, Json.toLine(article));
        upsert.setString(++i, extractorVersion(article));
        upsert.setString(++i, ExtractorVersion.orderKey(extractorVersion(article)));
        dialect.bindInstant(upsert, ++i, article.fetchedAt());
        dialect.bindInstant(upsert, ++i, storedAt);
    }

    private static String extractorVersion(EnrichedArticle article) {
        return article.extractor() == null ? null : article.extractor().version();
    }

    /** The database's own words: the innermost exception of a batch names the row's fault. */
    private static String reason(SQLException error) {
        SQLException innermost = error;
        while (innermost.getNextException() != null) {
            innermost = innermost.getNextException();
        }
        return String.valueOf(innermost.getMessage());
    }

    private static void rollback(Connection c, SQLException cause) {
        try {
            c.rollback();
        } catch (SQLException rollback) {
            cause.addSuppressed(rollback);
        }
    }

    private void disconnect() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // The connection is already broken; a fresh one is opened on the next write.
            }
            connection = null;
        }
    }

    @Override
    public synchronized void close() {
        disconnect();
    }
}
