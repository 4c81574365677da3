package dev.newsflow.enrich.extract.date;

import java.net.URI;
import dev.newsflow.core.time.WrittenDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date many news sites put in their article paths: {@code /2024/05/01/slug},
 * {@code /2024-05-01/slug}, {@code /20240501-slug}, {@code /news/2024/5/1/}, and the year-month folder
 * with a day folder below it that Chinese news sites use ({@code /2005-05/07/content_123.htm}). The last resort for
 * {@code publishedAt}, below every date the page or the feed states: it has no time of day, and the
 * provenance {@code url} tells consumers so.
 *
 * <p>Only the path is read (a query's {@code ?date=} is a filter, not a publication date), years
 * are 19xx and 20xx (whether the date is plausible, {@link dev.newsflow.core.time.DateRanking}
 * decides), and impossible days (2024/02/30) are no date.
 */
public final class UrlDate {

    /**
     * Year, month and day as path segments, or joined by '-' / '_' within one segment, or a mix of
     * both ({@code 2005-05/07}), as date extractors such as htmldate read them.
     */
    private static final Pattern SEPARATED = Pattern.compile(
            "(?<![0-9])((?:19|20)\\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\\d|3[01])(?![0-9])");
    /** YYYYMMDD delimited by non-digits: {@code /20240501/}, {@code -20240501-}, {@code _20240501.html}. */
    private static final Pattern COMPACT = Pattern.compile("(?<![0-9])((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![0-9])");

    private UrlDate() {}

    /** The day in {@code url}'s path, or null when there is none. */
    public static WrittenDate of(String url) {
        String path = pathOf(url);
        if (path == null) {
            return null;
        }
        Matcher separated = SEPARATED.matcher(path);
        if (separated.find()) {
            return day(separated.group(1), separated.group(2), separated.group(3));
        }
        Matcher compact = COMPACT.matcher(path);
        if (compact.find()) {
            return day(compact.group(1), compact.group(2), compact.group(3));
        }
        return null;
    }

    private static WrittenDate day(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return new WrittenDate(date.atStartOfDay(), null, false);
        } catch (DateTimeException impossibleDay) {
            return null;
        }
    }

    private static String pathOf(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url.strip()).getRawPath();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
