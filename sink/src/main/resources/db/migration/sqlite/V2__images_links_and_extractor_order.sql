-- Timestamps are ISO-8601 UTC text; booleans are 0/1.
ALTER TABLE articles ADD COLUMN language_mixed INTEGER;
ALTER TABLE articles ADD COLUMN ingested_at TEXT;
-- extractor_version as a key that sorts like semantic versions (see ExtractorVersion): the upsert
-- compares (revision, extractor_order) so a newer extractor replaces the same revision.
ALTER TABLE articles ADD COLUMN extractor_order TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_site ON articles (site);

CREATE TABLE article_images (
  article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  url        TEXT    NOT NULL,
  caption    TEXT,
  credit     TEXT,
  source_url TEXT,
  PRIMARY KEY (article_id, position)
);

CREATE TABLE article_links (
  article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  url        TEXT    NOT NULL,
  text       TEXT,
  kind       TEXT,
  PRIMARY KEY (article_id, position)
);
