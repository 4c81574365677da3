package dev.newsflow.enrich.extract.date;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the ISO-8601 timestamps pages put in metadata and bodies, in the variants found in the wild:
 * {@code Z} or an offset with or without colon ({@code +02:00}, {@code +0200}), any fraction of a
 * second, a space instead of {@code T}, no zone, or a date alone.
 *
 * <p>A timestamp without zone is read as UTC and a date alone as its start in UTC: wrong by the
 * page's offset at worst, which beats having no date, and the provenance field tells consumers
 * where the value came from.
 */
public final class TimestampParser {

    private static final DateTimeFormatter ISO_LENIENT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    /** A space between date and time, as some CMSs write it; replaced by {@code T} before parsing. */
    private static final Pattern SPACE_SEPARATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:)");

    /** A space between time and offset ({@code 09:53:00 -0400}), as some CMSs write it; dropped before parsing. */
    private static final Pattern SPACE_BEFORE_OFFSET = Pattern.compile("(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)\\s+([+-]\\d{2}:?\\d{2}|Z)$");

    private TimestampParser() {}

    /** The instant {@code text} denotes, or null when the whole text is not such a timestamp. */
    public static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        String candidate = SPACE_SEPARATED.matcher(text.strip()).replaceFirst("$1T$2");
        candidate = SPACE_BEFORE_OFFSET.matcher(candidate).replaceFirst("$1$2");
        if (candidate.length() < 10 || !Character.isDigit(candidate.charAt(0))) {
            return null;
        }
        try {
            TemporalAccessor parsed = ISO_LENIENT.parseBest(
                    candidate, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime withOffset) {
                return withOffset.toInstant();
            }
            if (parsed instanceof LocalDateTime local) {
                return local.toInstant(ZoneOffset.UTC);
            }
            return ((LocalDate) parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
