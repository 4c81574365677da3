package dev.newsflow.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A date as a text wrote it (a feed's, a page's metadata or dateline): its wall-clock date and time,
 * the offset the text named, and whether it named a time of day at all.
 *
 * @param local   the date and time of day as written; midnight when the text named no time
 * @param offset  the offset the text named, or null when it named no (known) zone
 * @param hasTime whether the text named a time of day
 */
public record WrittenDate(LocalDateTime local, ZoneOffset offset, boolean hasTime) {

    public WrittenDate {
        Objects.requireNonNull(local, "local");
    }

    /** An instant known exactly (a feed's parsed timestamp, a relative date counted from the fetch time). */
    public static WrittenDate exactly(Instant instant) {
        return new WrittenDate(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), ZoneOffset.UTC, true);
    }

    /**
     * The instant: the wall time at its offset; UTC wall time when the text named no zone. A date
     * without time of day is the start of that day in UTC whatever the zone, so that its day stays the
     * day written.
     */
    public Instant instant() {
        return offset == null || !hasTime ? local.toInstant(ZoneOffset.UTC) : local.toInstant(offset);
    }

    /** Whether the text named no (known) zone, so UTC was assumed. */
    public boolean zoneAssumed() {
        return offset == null;
    }

    /** This wall time at the offset {@code zone} has at that time. */
    public WrittenDate in(ZoneId zone) {
        return new WrittenDate(local, zone.getRules().getOffset(local), hasTime);
    }
}
