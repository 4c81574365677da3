package dev.newsflow.enrich.extract;

import dev.newsflow.enrich.extract.body.ArticleBody;
import dev.newsflow.enrich.extract.metadata.PageMetadata;
import java.time.Instant;

/**
 * What one parse of an HTML page or feed fragment yields: the page's metadata, its article body,
 * and — only when the metadata names no publication date — the date the page shows its readers
 * ({@link dev.newsflow.enrich.extract.date.VisibleDateline}), else null.
 */
public record Extraction(PageMetadata metadata, ArticleBody body, Instant visibleDateline) {}
