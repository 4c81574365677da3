package dev.newsflow.core.time;

import java.time.Instant;

/**
 * A written date (a feed's, a page's dateline), read as an instant.
 *
 * @param instant     the instant; UTC wall time when the text named no zone
 * @param zoneAssumed whether the text named no (known) zone, so UTC was assumed
 */
public record WrittenDate(Instant instant, boolean zoneAssumed) {}
