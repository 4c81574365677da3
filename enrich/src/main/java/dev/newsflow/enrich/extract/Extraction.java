package dev.newsflow.enrich.extract;

import dev.newsflow.enrich.extract.body.ArticleBody;
import dev.newsflow.enrich.extract.date.VisibleDates;
import dev.newsflow.enrich.extract.metadata.PageMetadata;

/**
 * What one parse of an HTML page or feed fragment yields: the page's metadata, its article body,
 * and — only when the metadata names no publication time — the dates the page shows its readers
 * ({@link dev.newsflow.enrich.extract.date.VisibleDateline}), else {@link VisibleDates#NONE}.
 */
public record Extraction(PageMetadata metadata, ArticleBody body, VisibleDates visibleDates) {}
