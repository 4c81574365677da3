ALTER TABLE articles ADD COLUMN language_mixed BOOLEAN;
ALTER TABLE articles ADD COLUMN ingested_at TIMESTAMPTZ;
-- extractor_version as a key that sorts like semantic versions (see ExtractorVersion). COLLATE "C":
-- byte order, as in SQLite, whatever the database's locale.
ALTER TABLE articles ADD COLUMN extractor_order TEXT COLLATE "C" NOT NULL DEFAULT '';
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
