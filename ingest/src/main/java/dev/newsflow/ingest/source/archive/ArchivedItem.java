package dev.newsflow.ingest.source.archive;

import java.time.Instant;

/**
 * One archived feed item, parsed: the feed timestamp from line 1, the title and link from line 2,
 * and the item's HTML after the {@code ------} rule.
 */
public record ArchivedItem(Instant feedTimestamp, String title, String url, String html) {}
