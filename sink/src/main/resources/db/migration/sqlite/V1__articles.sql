-- The articles table as newsflow created it before versioned migrations (IF NOT EXISTS: a store made
-- by an older newsflow is adopted as is, then migrated from here).
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
  json              TEXT NOT NULL,
  extractor_version TEXT,
  stored_at         TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published_at ON articles (published_at);
CREATE INDEX IF NOT EXISTS articles_language ON articles (language);
