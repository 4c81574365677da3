package dev.newsflow.ingest.source.feed;

import java.time.Instant;

/**
 * A date a feed gave, read as an instant.
 *
 * @param instant     the instant; UTC wall time when the feed named no zone
 * @param zoneAssumed whether the feed named no (known) zone, so UTC was assumed
 */
public record FeedDate(Instant instant, boolean zoneAssumed) {}
