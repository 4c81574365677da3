package dev.newsflow.sink.jdbc;

import java.util.List;

/**
 * The little that differs between the stores newsflow writes to. Both speak the same
 * {@code INSERT … ON CONFLICT … DO UPDATE … WHERE} upsert, so the write path is one SQL statement.
 */
enum SqlDialect {
    /** The embedded default: one file, no server. */
    SQLITE("TEXT", "?"),
    /** Production: the enriched event is stored as {@code jsonb} so it can be queried and indexed. */
    POSTGRESQL("JSONB", "CAST(? AS JSONB)");

    private final String jsonType;
    private final String jsonParameter;

    SqlDialect(String jsonType, String jsonParameter) {
        this.jsonType = jsonType;
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

    /** Creates the tables if they are not there yet. Versioned migrations come with the store issue. */
    List<String> schema() {
        return List.of("""
                CREATE TABLE IF NOT EXISTS articles (
                  id                TEXT PRIMARY KEY,
                  revision          INTEGER NOT NULL,
                  url               TEXT NOT NULL,
                  canonical_url     TEXT,
                  site              TEXT,
                  title             TEXT,
                  authors           TEXT,
                  published_at      TEXT,
                  updated_at        TEXT,
                  feed_timestamp    TEXT,
                  language          TEXT,
                  word_count        INTEGER,
                  text              TEXT,
                  json              %s NOT NULL,
                  extractor_version TEXT,
                  stored_at         TEXT NOT NULL
                )""".formatted(jsonType),
                "CREATE INDEX IF NOT EXISTS articles_published_at ON articles (published_at)",
                "CREATE INDEX IF NOT EXISTS articles_language ON articles (language)");
    }

    /**
     * Insert or replace by id, but never let an older revision overwrite a newer one that is already
     * stored (a late, reordered or replayed event).
     */
    String upsert() {
        return """
                INSERT INTO articles (id, revision, url, canonical_url, site, title, authors, published_at, updated_at,
                                      feed_timestamp, language, word_count, text, json, extractor_version, stored_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?)
                ON CONFLICT (id) DO UPDATE SET
                  revision = excluded.revision, url = excluded.url, canonical_url = excluded.canonical_url,
                  site = excluded.site, title = excluded.title, authors = excluded.authors,
                  published_at = excluded.published_at, updated_at = excluded.updated_at,
                  feed_timestamp = excluded.feed_timestamp, language = excluded.language,
                  word_count = excluded.word_count, text = excluded.text, json = excluded.json,
                  extractor_version = excluded.extractor_version, stored_at = excluded.stored_at
                WHERE excluded.revision >= articles.revision""".formatted(jsonParameter);
    }
}
