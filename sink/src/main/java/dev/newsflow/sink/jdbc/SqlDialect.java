package dev.newsflow.sink.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Set;

/**
 * The little that differs between the stores newsflow writes to. Both speak the same
 * {@code INSERT … ON CONFLICT … DO UPDATE … WHERE} upsert, so the write path is the same SQL; they
 * differ in column types (migrations per dialect), how a timestamp is bound, and how an error says
 * "this row is wrong" rather than "the database is not there".
 */
enum SqlDialect {
    /** The embedded default: one file, no server. Timestamps are ISO-8601 UTC text. */
    SQLITE("sqlite", "?") {
        @Override
        void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            statement.setString(index, instant == null ? null : instant.toString());
        }

        @Override
        boolean rejectsContent(SQLException error) {
            // sqlite-jdbc reports SQLite's primary result code as the vendor code.
            return SQLITE_CONTENT_CODES.contains(error.getErrorCode());
        }
    },
    /** Production: timestamps are {@code timestamptz}, the event is {@code jsonb}. */
    POSTGRESQL("postgresql", "CAST(? AS JSONB)") {
        @Override
        void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
            if (instant == null) {
                statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setTimestamp(index, Timestamp.from(instant));
            }
        }

        @Override
        boolean rejectsContent(SQLException error) {
            // SQLSTATE class 22 (data exception, e.g. a NUL byte in text) and 23 (integrity constraint)
            // blame the row; every other class (08 connection, 57 shutdown, 53 resources, 40 rollback…)
            // blames the moment, and the write is retried.
            for (SQLException e = error; e != null; e = e.getNextException()) {
                String state = e.getSQLState();
                if (state != null) {
                    return state.startsWith("22") || state.startsWith("23");
                }
            }
            return false;
        }
    };

    /** SQLITE_TOOBIG, SQLITE_CONSTRAINT, SQLITE_MISMATCH: the row, not the database, is at fault. */
    private static final Set<Integer> SQLITE_CONTENT_CODES = Set.of(18, 19, 20);

    private final String name;
    private final String jsonParameter;

    SqlDialect(String name, String jsonParameter) {
        this.name = name;
        this.jsonParameter = jsonParameter;
    }

    static SqlDialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported store (use jdbc:sqlite:… or jdbc:postgresql:…): " + jdbcUrl);
    }

    /** Where this dialect's Flyway migrations live on the class path. */
    String migrations() {
        return "classpath:db/migration/" + name;
    }

    abstract void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException;

    /** Whether the database refused the write for what the row holds (so retrying cannot help). */
    abstract boolean rejectsContent(SQLException error);

    /**
     * Insert or replace by id, but only when the incoming (revision, extractor order) is at least the
     * stored one: a late, reordered or replayed older revision never overwrites a newer one, and a
     * re-enrichment of the same revision by a newer extractor replaces it.
     */
    String upsertArticle() {
        return """
                INSERT INTO articles (id, revision, url, canonical_url, site, title, authors, published_at, updated_at,
                                      feed_timestamp, language, language_mixed, word_count, text, json,
                                      extractor_version, extractor_order, ingested_at, stored_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                  revision = excluded.revision, url = excluded.url, canonical_url = excluded.canonical_url,
                  site = excluded.site, title = excluded.title, authors = excluded.authors,
                  published_at = excluded.published_at, updated_at = excluded.updated_at,
                  feed_timestamp = excluded.feed_timestamp, language = excluded.language,
                  language_mixed = excluded.language_mixed, word_count = excluded.word_count, text = excluded.text,
                  json = excluded.json, extractor_version = excluded.extractor_version,
                  extractor_order = excluded.extractor_order, ingested_at = excluded.ingested_at,
                  stored_at = excluded.stored_at
                WHERE (excluded.revision, excluded.extractor_order) >= (articles.revision, articles.extractor_order)"""
                .formatted(jsonParameter);
    }
}
