package dev.newsflow.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Chooses an article's date among the candidates its page, its feed and its URL state, as the best
 * date extractors do (htmldate, trafilatura): the most trusted candidate that is plausible, with its
 * zone settled.
 * <ul>
 *   <li>Implausible candidates are passed over: before 1995 (no news site dates from earlier; such
 *       dates are copyright lines, archive stubs or epoch zeros), or after the fetch time by more
 *       than a small skew (a clock's drift; up to 14 hours for a time written without zone, whose
 *       wall clock may run ahead of UTC; the next day for a day without time).</li>
 *   <li>A time written without zone takes, in this order: the offset of another date on the same
 *       page written with the same wall time (the JSON-LD's {@code 18:11} and the meta tag's
 *       {@code 18:11+02:00}); else the page's own offset (any of its dates written with a non-zero
 *       offset, its country's rules applied when they agree with it, so that summer and winter
 *       time stay right); else the feed's (the offset that makes the wall time the feed's instant
 *       to the minute); else the zone of the publisher's country ({@link CountryZones}); else UTC,
 *       and {@link Choice#zoneAssumed()} says so.</li>
 *   <li>A day without time is the start of that day in UTC (its day stays the day written). When a
 *       less trusted candidate gives a time on that same day, the time is taken from it.</li>
 * </ul>
 *
 * @param <S> what names a candidate's source (enrich's provenance)
 */
public final class DateRanking<S> {

    /** No news article on the web is dated earlier. */
    static final Instant EARLIEST = Instant.parse("1995-01-01T00:00:00Z");
    /** How far past the fetch time a publication time may lie: clocks drift, CMSs round up. */
    static final Duration SKEW = Duration.ofHours(1);
    /** The largest offset from UTC a wall clock has. */
    private static final Duration LARGEST_OFFSET = Duration.ofHours(14);
    private static final int QUARTER_HOUR_SECONDS = 900;

    /** A date some source states; candidates are given in order of trust. */
    public record Candidate<S>(WrittenDate date, S source) {}

    /**
     * The date chosen.
     *
     * @param instant     when
     * @param source      the source of the candidate it came from
     * @param zoneAssumed whether it has a time of day whose zone nothing named, so UTC was taken
     */
    public record Choice<S>(Instant instant, S source, boolean zoneAssumed) {}

    private final Instant fetchedAt;
    private final List<WrittenDate> pageDates;
    private final Instant feedInstant;
    private final ZoneId countryZone;

    /**
     * @param fetchedAt   when the page was fetched (null: now)
     * @param pageDates   every date the page states (published and updated), for its offsets
     * @param feedInstant the feed's timestamp for the item when the feed named its zone, else null
     * @param countryZone the zone of the publisher's country, or null when the page names none
     */
    public DateRanking(Instant fetchedAt, List<WrittenDate> pageDates, Instant feedInstant, ZoneId countryZone) {
        this.fetchedAt = fetchedAt == null ? Instant.now() : fetchedAt;
        this.pageDates = List.copyOf(pageDates);
        this.feedInstant = feedInstant;
        this.countryZone = countryZone;
    }

    /** The first plausible candidate, its zone settled and its time filled in; null when none is plausible. */
    public Choice<S> choose(List<Candidate<S>> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            WrittenDate date = settled(candidates.get(i).date());
            if (!plausible(date)) {
                continue;
            }
            if (!date.hasTime()) {
                Choice<S> timed = timeOnTheSameDay(candidates.subList(i + 1, candidates.size()), date.local().toLocalDate());
                if (timed != null) {
                    return timed;
                }
            }
            return choice(date, candidates.get(i).source());
        }
        return null;
    }

    private Choice<S> timeOnTheSameDay(List<Candidate<S>> lessTrusted, LocalDate day) {
        for (Candidate<S> candidate : lessTrusted) {
            WrittenDate date = settled(candidate.date());
            if (date.hasTime() && date.local().toLocalDate().equals(day) && plausible(date)) {
                return choice(date, candidate.source());
            }
        }
        return null;
    }

    private Choice<S> choice(WrittenDate date, S source) {
        return new Choice<>(date.instant(), source, date.hasTime() && date.zoneAssumed());
    }

    /** The date with its zone: as written, else from the page, the feed or the country (see the class comment). */
    WrittenDate settled(WrittenDate date) {
        if (!date.hasTime() || date.offset() != null) {
            return date;
        }
        LocalDateTime minute = date.local().truncatedTo(ChronoUnit.MINUTES);
        WrittenDate pageZoned = null;
        for (WrittenDate other : pageDates) {
            if (other.hasTime() && other.offset() != null) {
                if (other.local().truncatedTo(ChronoUnit.MINUTES).equals(minute)) {
                    return new WrittenDate(date.local(), other.offset(), true);
                }
                if (pageZoned == null && other.offset().getTotalSeconds() != 0) {
                    pageZoned = other;
                }
            }
        }
        if (pageZoned != null) {
            boolean countryAgrees = countryZone != null
                    && countryZone.getRules().getOffset(pageZoned.local()).equals(pageZoned.offset());
            return countryAgrees ? date.in(countryZone) : new WrittenDate(date.local(), pageZoned.offset(), true);
        }
        ZoneOffset feedOffset = feedOffset(minute);
        if (feedOffset != null) {
            return new WrittenDate(date.local(), feedOffset, true);
        }
        return countryZone != null ? date.in(countryZone) : date;
    }

    /** The offset at which {@code minute} is the feed's instant to the minute, or null. */
    private ZoneOffset feedOffset(LocalDateTime minute) {
        if (feedInstant == null) {
            return null;
        }
        long seconds = minute.toEpochSecond(ZoneOffset.UTC) - feedInstant.truncatedTo(ChronoUnit.MINUTES).getEpochSecond();
        if (Math.abs(seconds) > LARGEST_OFFSET.toSeconds() || seconds % QUARTER_HOUR_SECONDS != 0) {
            return null;
        }
        return ZoneOffset.ofTotalSeconds((int) seconds);
    }

    private boolean plausible(WrittenDate date) {
        Instant instant = date.instant();
        if (instant.isBefore(EARLIEST)) {
            return false;
        }
        if (!date.hasTime()) {
            return !date.local().toLocalDate().isAfter(LocalDate.ofInstant(fetchedAt, ZoneOffset.UTC).plusDays(1));
        }
        return !instant.isAfter(fetchedAt.plus(date.zoneAssumed() ? LARGEST_OFFSET : SKEW));
    }
}
