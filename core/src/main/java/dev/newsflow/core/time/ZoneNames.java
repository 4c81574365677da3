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
 * The zones dates name after their time: numeric offsets ({@code +02:00}, {@code +0200},
 * {@code GMT+8}, {@code UTC-03:00}), {@code Z}, region ids ({@code Europe/Berlin}) and the
 * abbreviations feeds and pages write (RFC 822's own, military letters, the common national ones,
 * German {@code MEZ}, Chinese {@code 北京时间}). Abbreviations that stand for a region's time whichever
 * season it is ({@code ET}, {@code PT}) take that region's offset at the date.
 */
final class ZoneNames {

    private static final Pattern NUMERIC_OFFSET = Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-−])(\\d{1,2}):?(\\d{2})?");
    private static final Pattern ZONE_NOISE = Pattern.compile("[()\\s]");

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("Z", "+00:00"), Map.entry("GMT", "+00:00"), Map.entry("UT", "+00:00"), Map.entry("UTC", "+00:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"),
            Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
            Map.entry("AKST", "-09:00"), Map.entry("AKDT", "-08:00"), Map.entry("HST", "-10:00"), Map.entry("AST", "-04:00"),
            Map.entry("NST", "-03:30"), Map.entry("BST", "+01:00"), Map.entry("IST", "+05:30"), Map.entry("WET", "+00:00"),
            Map.entry("WEST", "+01:00"), Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("MET", "+01:00"),
            Map.entry("MEST", "+02:00"), Map.entry("MEZ", "+01:00"), Map.entry("MESZ", "+02:00"), Map.entry("EET", "+02:00"),
            Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"), Map.entry("TRT", "+03:00"), Map.entry("JST", "+09:00"),
            Map.entry("KST", "+09:00"), Map.entry("HKT", "+08:00"), Map.entry("SGT", "+08:00"), Map.entry("PHT", "+08:00"),
            Map.entry("MYT", "+08:00"), Map.entry("WIB", "+07:00"), Map.entry("ICT", "+07:00"), Map.entry("PKT", "+05:00"),
            Map.entry("SAST", "+02:00"), Map.entry("CAT", "+02:00"), Map.entry("EAT", "+03:00"), Map.entry("WAT", "+01:00"),
            Map.entry("GST", "+04:00"), Map.entry("BRT", "-03:00"), Map.entry("ART", "-03:00"), Map.entry("AWST", "+08:00"),
            Map.entry("ACST", "+09:30"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"), Map.entry("NZST", "+12:00"),
            Map.entry("NZDT", "+13:00"), Map.entry("北京时间", "+08:00"), Map.entry("北京時間", "+08:00"),
            Map.entry("A", "+01:00"), Map.entry("M", "+12:00"), Map.entry("N", "-01:00"), Map.entry("Y", "-12:00"));

    /** Abbreviations of a region's time in either season. */
    private static final Map<String, String> REGIONS = Map.of(
            "ET", "America/New_York", "CT", "America/Chicago", "MT", "America/Denver", "PT", "America/Los_Angeles");

    private ZoneNames() {}

    /** The offset {@code zone} names at {@code local}, or null when it names none. */
    static ZoneOffset offset(String zone, LocalDateTime local) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        Matcher numeric = NUMERIC_OFFSET.matcher(zone.strip());
        if (numeric.matches()) {
            return numericOffset(numeric);
        }
        String upper = ZONE_NOISE.matcher(zone).replaceAll("").toUpperCase(Locale.ROOT);
        String named = NAMED.get(upper);
        if (named != null) {
            return ZoneOffset.of(named);
        }
        String region = REGIONS.get(upper);
        if (region != null) {
            return ZoneId.of(region).getRules().getOffset(local);
        }
        if (zone.indexOf('/') > 0) {
            try {
                return ZoneId.of(zone.strip()).getRules().getOffset(local);
            } catch (DateTimeException unknownRegion) {
                return null;
            }
        }
        return null;
    }

    private static ZoneOffset numericOffset(Matcher numeric) {
        int hours = Integer.parseInt(numeric.group(2));
        int minutes = numeric.group(3) == null ? 0 : Integer.parseInt(numeric.group(3));
        if (hours > 18 || minutes > 59) {
            return null;
        }
        int sign = numeric.group(1).equals("-") || numeric.group(1).equals("−") ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }
}
