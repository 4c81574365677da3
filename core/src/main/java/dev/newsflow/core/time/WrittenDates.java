package dev.newsflow.core.time;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as people and feeds write them: RFC 822 / 1123 with odd, named, military or missing
 * zones and two-digit years, W3CDTF / ISO 8601 with or without seconds, fractions and zone, Unix
 * {@code date} output, and "January 2, 2006 3:04 PM" / "2 January 2006 15:04 BST" as pages print
 * them in datelines. A date without a known zone is read as UTC and marked. Ingest reads feed dates
 * with it, enrich a page's visible dateline.
 *
 * <p>Written by hand because {@code java.time}'s formatters are strict by design (RFC_1123 rejects a
 * missing zone, a two-digit year or "EST"), and the lenient feed parsers' date code (ROME's
 * {@code DateParser}) silently applies the JVM's zone, where we must know a zone was missing.
 */
public final class WrittenDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2})(?:[T ]+(\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,](\\d+))?)?)?)?)?\\s*(.*)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(\\d{1,2})[\\s-]+([A-Za-z]{3,})\\.?,?[\\s-]+(\\d{2,4}),?(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([AaPp][Mm])?)?\\s*(.*)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "([A-Za-z]{3,})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4}),?(?:\\s+(?:at\\s+)?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?\\s*(.*)");
    /** Unix {@code date} and Go's ANSIC / UnixDate: "Jan 2 15:04:05 MST 2006". */
    private static final Pattern UNIX = Pattern.compile(
            "([A-Za-z]{3,})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(?:(\\S+)\\s+)?(\\d{4})");
    private static final Pattern SLASHED = Pattern.compile(
            "(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*(.*)");
    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHITE_SPACE = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern ZONE_NOISE = Pattern.compile("[()\\s]");
    private static final Pattern NUMERIC_OFFSET = Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2}):?(\\d{2})?");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12),
            // Feeds in other languages write their own month names; the common European ones.
            Map.entry("mär", 3), Map.entry("mai", 5), Map.entry("okt", 10), Map.entry("dez", 12), Map.entry("fév", 2),
            Map.entry("avr", 4), Map.entry("déc", 12), Map.entry("ene", 1), Map.entry("abr", 4), Map.entry("ago", 8),
            Map.entry("dic", 12), Map.entry("gen", 1), Map.entry("giu", 6), Map.entry("lug", 7), Map.entry("set", 9),
            Map.entry("ott", 10));

    /** Zone names feeds use (RFC 822's own, military letters, and the common national ones). */
    private static final Map<String, String> NAMED_ZONES = Map.ofEntries(
            Map.entry("Z", "+00:00"), Map.entry("GMT", "+00:00"), Map.entry("UT", "+00:00"), Map.entry("UTC", "+00:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"),
            Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
            Map.entry("AKST", "-09:00"), Map.entry("AKDT", "-08:00"), Map.entry("HST", "-10:00"), Map.entry("AST", "-04:00"),
            Map.entry("NST", "-03:30"), Map.entry("BST", "+01:00"), Map.entry("IST", "+05:30"), Map.entry("WET", "+00:00"),
            Map.entry("WEST", "+01:00"), Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("MET", "+01:00"),
            Map.entry("MEST", "+02:00"), Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"),
            Map.entry("JST", "+09:00"), Map.entry("KST", "+09:00"), Map.entry("HKT", "+08:00"), Map.entry("SGT", "+08:00"),
            Map.entry("AWST", "+08:00"), Map.entry("ACST", "+09:30"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"),
            Map.entry("NZST", "+12:00"), Map.entry("NZDT", "+13:00"), Map.entry("A", "+01:00"), Map.entry("M", "+12:00"),
            Map.entry("N", "-01:00"), Map.entry("Y", "-12:00"));

    private WrittenDates() {}

    /**
     * The date {@code text} names, or null when it names none this reader knows. Text after the date
     * that is no zone this reader knows is taken as an unknown zone (UTC assumed): feeds write odd ones.
     */
    public static WrittenDate parse(String text) {
        return parse(text, false);
    }

    /**
     * Like {@link #parse}, but the text must be a date and nothing else: anything after it must be a
     * zone this reader knows. For text on a page, where "15 October 2019 by Ann Lee" is a byline.
     */
    public static WrittenDate parseWhole(String text) {
        return parse(text, true);
    }

    private static WrittenDate parse(String text, boolean whole) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = LEADING_WEEKDAY.matcher(WHITE_SPACE.matcher(text).replaceAll(" ").strip()).replaceFirst("");
        try {
            Matcher m = ISO.matcher(clean);
            if (m.matches() && m.group(2) != null) {
                return at(whole, LocalDateTime.of(year(m.group(1)), num(m.group(2)), num(m.group(3), 1),
                        num(m.group(4), 0), num(m.group(5), 0), num(m.group(6), 0), nanos(m.group(7))), m.group(8));
            }
            m = DAY_MONTH_YEAR.matcher(clean);
            if (m.matches() && month(m.group(2)) > 0) {
                return at(whole, LocalDateTime.of(year(m.group(3)), month(m.group(2)), num(m.group(1)),
                        hour(m.group(4), m.group(7)), num(m.group(5), 0), num(m.group(6), 0)), m.group(8));
            }
            m = MONTH_DAY_YEAR.matcher(clean);
            if (m.matches() && month(m.group(1)) > 0) {
                return at(whole, LocalDateTime.of(year(m.group(3)), month(m.group(1)), num(m.group(2)),
                        hour(m.group(4), m.group(7)), num(m.group(5), 0), num(m.group(6), 0)), m.group(8));
            }
            m = UNIX.matcher(clean);
            if (m.matches() && month(m.group(1)) > 0) {
                return at(whole, LocalDateTime.of(year(m.group(7)), month(m.group(1)), num(m.group(2)),
                        num(m.group(3)), num(m.group(4)), num(m.group(5))), m.group(6));
            }
            m = SLASHED.matcher(clean);
            if (m.matches()) {
                return at(whole, LocalDateTime.of(year(m.group(1)), num(m.group(2)), num(m.group(3)),
                        num(m.group(4), 0), num(m.group(5), 0), num(m.group(6), 0)), m.group(7));
            }
        } catch (DateTimeException impossibleDate) {
            return null;
        }
        return null;
    }

    private static WrittenDate at(boolean whole, LocalDateTime local, String zoneText) {
        String zone = zoneText == null ? "" : zoneText.strip();
        ZoneOffset offset = offset(zone, local);
        if (offset == null && whole && !zone.isEmpty()) {
            return null;
        }
        if (offset == null) {
            return new WrittenDate(local.toInstant(ZoneOffset.UTC), true);
        }
        return new WrittenDate(local.toInstant(offset), false);
    }

    /** The offset {@code zone} names at {@code local}, or null when it names none. */
    private static ZoneOffset offset(String zone, LocalDateTime local) {
        if (zone.isEmpty()) {
            return null;
        }
        Matcher numeric = NUMERIC_OFFSET.matcher(zone);
        if (numeric.matches()) {
            int hours = Integer.parseInt(numeric.group(2));
            int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
            // "+530" style: three digits are hours and minutes.
            if (numeric.group(3) == null && numeric.group(2).length() == 2 && hours > 18) {
                return null;
            }
            int sign = numeric.group(1).equals("-") ? -1 : 1;
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        }
        String upper = ZONE_NOISE.matcher(zone).replaceAll("").toUpperCase(Locale.ROOT);
        String named = NAMED_ZONES.get(upper);
        if (named != null) {
            return ZoneOffset.of(named);
        }
        if (zone.contains("/")) {
            try {
                return ZoneId.of(zone.strip()).getRules().getOffset(local);
            } catch (DateTimeException unknownRegion) {
                return null;
            }
        }
        return null;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            // RFC 2822 §4.3: two-digit years below 50 are 20xx, the others 19xx.
            return year < 50 ? 2000 + year : 1900 + year;
        }
        if (digits.length() == 3) {
            return 1900 + year;
        }
        return year;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return MONTHS.getOrDefault(key.length() > 3 ? key.substring(0, 3) : key, 0);
    }

    private static int hour(String hour, String amPm) {
        int h = num(hour, 0);
        if (amPm == null) {
            return h;
        }
        boolean pm = amPm.equalsIgnoreCase("pm");
        return h == 12 ? (pm ? 12 : 0) : (pm ? h + 12 : h);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static int num(String digits, int absent) {
        return digits == null ? absent : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nine = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }
}
