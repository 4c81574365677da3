package dev.newsflow.enrich.extract;

import dev.newsflow.enrich.extract.body.ArticleBody;
import dev.newsflow.enrich.extract.metadata.PageMetadata;

/** What one parse of an HTML page or feed fragment yields: the page's metadata and its article body. */
public record Extraction(PageMetadata metadata, ArticleBody body) {}
