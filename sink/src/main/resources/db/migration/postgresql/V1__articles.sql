-- Timestamps are timestamptz, the enriched event is jsonb so it can be queried and indexed.
CREATE TABLE IF NOT EXISTS articles (
  id                TEXT PRIMARY KEY,
  revision          INTEGER NOT NULL,
  url               TEXT NOT NULL,
  canonical_url     TEXT,
  site              TEXT,
  title             TEXT,
  authors           TEXT,
  published_at      TIMESTAMPTZ,
  updated_at        TIMESTAMPTZ,
  feed_timestamp    TIMESTAMPTZ,
  language          TEXT,
  word_count        INTEGER,
  text              TEXT,
  json              JSONB NOT NULL,
  extractor_version TEXT,
  stored_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published_at ON articles (published_at);
CREATE INDEX IF NOT EXISTS articles_language ON articles (language);
