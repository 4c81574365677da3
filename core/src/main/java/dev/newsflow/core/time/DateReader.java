package dev.newsflow.core.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * newsflow's one lenient date reader: dates as feeds, page metadata and datelines write them. Ingest
 * reads feed dates with it, enrich every date a page states.
 * <ul>
 *   <li>ISO 8601 / W3CDTF with or without seconds, fraction, {@code T} and zone ({@code Z},
 *       {@code +02:00}, {@code +0200}, {@code -0400} after a space), and the basic form
 *       {@code 20240503T142000Z};</li>
 *   <li>RFC 822 / 1123 with odd, named, military or missing zones and two-digit years, and Unix
 *       {@code date} output;</li>
 *   <li>numbers year first ({@code 2024/05/03 14:20}, {@code 2024.05.03}) or day first
 *       ({@code 03.05.2024}, {@code 3.5.24}, {@code 03/05/2024}: day first unless the second number
 *       cannot be a month, as most of the world writes it);</li>
 *   <li>month names in the main news languages ({@code May 3, 2024}, {@code 3. Mai 2024},
 *       {@code 1er mai 2024}, {@code 3 de mayo de 2024}, {@code 3 мая 2024}, {@code 2024. május 3.});</li>
 *   <li>Chinese, Japanese and Korean {@code 2024年5月3日 14:20}, {@code 2024年5月3日（星期五）14时20分},
 *       {@code 2026년 1월 29일 오후 6:40};</li>
 *   <li>a time after the date (or just before it, in {@link #find}) with {@code AM/PM}, {@code Uhr},
 *       {@code 14h20}, {@code kl. 14.20}, and a zone after it ({@link ZoneNames});</li>
 *   <li>in {@link #find} with a reference instant, relative dates ("2 hours ago", "vor 3 Stunden",
 *       "3小时前", "heute, 10:15 Uhr", "昨天 14:20": {@link RelativeDates}).</li>
 * </ul>
 * A date without known zone has a null offset ({@link WrittenDate#zoneAssumed()}): whoever reads it
 * decides its zone. Years before 1900 or after 2099 are no date here.
 *
 * <p>Written by hand because {@code java.time}'s formatters are strict by design (RFC_1123 rejects a
 * missing zone, a two-digit year or "EST", and a formatter reads one locale's month names), and the
 * lenient feed parsers' date code (ROME's {@code DateParser}) silently applies the JVM's zone, where we
 * must know a zone was missing. Month names come from the JDK's locale data ({@link CalendarNames}).
 */
public final class DateReader {

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String MONTH_WORD = "(\\p{L}[\\p{L}\\p{M}]{2,11}\\.?)";

    /** Year first, by numbers: 2024-05-03, 2024/5/3, 2024.05.03, 2024. 5. 3. */
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(?<![\\d.])" + YEAR + "([-/.])\\s?(\\d{1,2})\\2\\s?(\\d{1,2})(?!\\d)\\.?");
    /** ISO 8601's basic form, read only as a whole text: 20240503, 20240503T142000Z. */
    private static final Pattern BASIC = Pattern.compile(YEAR + "(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?)?");
    /** A year and month alone (W3CDTF allows it), read only as a whole text. */
    private static final Pattern YEAR_MONTH = Pattern.compile(YEAR + "-(\\d{2})(?![\\d-])");
    private static final Pattern CJK = Pattern.compile(
            YEAR + "\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})(?!\\d)\\s*[日일号號]?");
    /** Day first, with dots: 03.05.2024, 3. 5. 2024, 25.04.24. */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?((?:19|20)\\d{2}|\\d{2})(?!\\d|\\.\\d)");
    /** Day first (or month first when the day cannot be a month), with slashes or dashes and a four-digit year. */
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2" + YEAR + "(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:\\.|st|nd|rd|th|er|e|º|°)?\\s*(?:de\\s+|of\\s+|-)?" + MONTH_WORD
                    + ",?(?:\\s+de)?[\\s-]*((?:19|20)\\d{2}|\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?!\\d)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Hungarian and Lithuanian order, and "2024 May 3": year, month name, day. */
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile(
            YEAR + "\\.?\\s+" + MONTH_WORD + "\\s+(\\d{1,2})(?!\\d)\\.?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Unix {@code date} and Go's ANSIC / UnixDate: "Jan 2 15:04:05 MST 2006". */
    private static final Pattern UNIX = Pattern.compile(
            MONTH_WORD + "\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(?:(\\S+)\\s+)?" + YEAR);

    /**
     * What may stand between a date and its time: a weekday in brackets or after the date
     * ({@code （星期五）}, {@code (Fr)}), a comma, a bar, a dash, {@code T}, "at", "um", "à", "às",
     * "alle", "kl."… It must end where a time begins, so that of two words one the start of the
     * other ("à" and "às", "kl" and "klo") the one the text holds is taken.
     */
    private static final Pattern BEFORE_TIME = Pattern.compile(
            "(?:\\s*[(（][^)）\\d]{1,10}[)）])?(?:\\s*(?:星期|礼拜|週|周)[一二三四五六日天])?"
                    + "(?:T|\\s*(?:[,|·•/–—-]|at|um|à|a las|a la|às|alle|ore|om|kl\\.?|klo\\.?|o)?\\s*)"
                    + "(?=\\d|上午|下午|午前|午後|오전|오후)");
    /**
     * A time of day: {@code 14:20}, {@code 14h20}, {@code 14时20分}, {@code 오후 2:20}, and the dotted
     * {@code 14.20} of Nordic, Finnish, Dutch, Italian and German datelines ("kl. 14.20", "klo 14.20",
     * "ore 14.20", "14.20 Uhr"), where the dot joins exactly two digits.
     */
    private static final Pattern TIME = Pattern.compile(
            "(上午|下午|午前|午後|오전|오후)?\\s*(\\d{1,2})\\s*(?::|h|时|時|시|\\.(?=\\d{2}(?![\\d.])))\\s*(\\d{2})(?!\\d)"
                    + "(?:\\s*(?::|分|분)\\s*(?:(\\d{2})(?![\\d])(?:[.,](\\d{1,9}))?\\s*秒?)?)?"
                    + "(?:\\s*([AaPp])\\.?\\s?[Mm]\\.?(?!\\p{L}))?(?:\\s*(?:Uhr|hrs|horas|hs|h)(?!\\p{L}))?");
    /** A time just before a date, as in "10:32 AM, May 1, 2024" or "14:20 Uhr | 03.05.2024". */
    private static final Pattern TIME_BEFORE = Pattern.compile(
            "(?<!\\d)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(?:([AaPp])\\.?\\s?[Mm]\\.?)?\\s*(?:Uhr)?\\s*(?:[,|·•/–—-]|on|am|le|el|il)?\\s*$");
    private static final Pattern ZONE = Pattern.compile(
            "\\s*\\(?\\s*(Z(?!\\p{L})|(?:GMT|UTC|UT)?\\s*[+−-]\\d{1,2}(?::?\\d{2})?(?!\\d)|[A-Za-z]{1,5}(?![\\p{L}\\d])"
                    + "|[A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?|北京时间|北京時間)\\s*\\)?");
    /** What may end a whole date: a final dot, a Russian "г.", a bracket. */
    private static final Pattern TRAILER = Pattern.compile("\\s*(?:г\\.?|года|\\.|\\))?\\s*");
    /** A word before a date, dropped when it is a weekday: "Thu, ", "Donnerstag, ", "Do ". */
    private static final Pattern LEADING_WORD = Pattern.compile("^(\\p{L}{2,12})\\.?,?\\s+");

    private static final List<Pattern> FORMS = List.of(
            YEAR_FIRST, CJK, DOTTED, SLASHED, DAY_MONTH_YEAR, MONTH_DAY_YEAR, YEAR_MONTH_DAY, UNIX);

    private enum Mode { LENIENT, WHOLE }

    private DateReader() {}

    /**
     * The date {@code text} starts with, or null when it starts with none this reader knows. Text
     * after the date that is no zone this reader knows is taken as an unknown zone (UTC assumed):
     * feeds write odd ones.
     */
    public static WrittenDate parse(String text) {
        return anchored(text, Mode.LENIENT);
    }

    /**
     * Like {@link #parse}, but the text must be a date and nothing else: anything after it must be a
     * zone this reader knows. For metadata and text on a page, where "15 October 2019 by Ann Lee" is
     * a byline.
     */
    public static WrittenDate parseWhole(String text) {
        return anchored(text, Mode.WHOLE);
    }

    /**
     * The first date written anywhere in a short {@code text} (a dateline, a line of article
     * metadata), with its time and zone when they stand beside it; relative dates count back from
     * {@code now} when it is given. Meant for short texts: each form is searched for in turn. The
     * match's bounds are positions in {@code text}.
     */
    public static DateMatch find(String text, Instant now) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        String clean = normalized(text);
        DateMatch best = null;
        // A date by numbers or names has a four-digit year; fewer digits can only be a relative date.
        for (Pattern form : digits(clean) < 4 ? List.<Pattern>of() : FORMS) {
            Matcher m = form.matcher(clean);
            while (m.find() && (best == null || m.start() < best.start())) {
                DateMatch found = read(form, m, clean, Mode.LENIENT, true);
                if (found != null) {
                    best = found;
                    break;
                }
            }
        }
        if (now != null) {
            DateMatch relative = RelativeDates.find(clean, now);
            if (relative != null && (best == null || relative.start() < best.start())) {
                best = relative;
            }
        }
        return best;
    }

    private static WrittenDate anchored(String text, Mode mode) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = withoutLeadingWeekday(normalized(text).strip());
        for (Pattern form : List.of(BASIC, YEAR_MONTH)) {
            Matcher m = form.matcher(clean);
            if (m.lookingAt()) {
                DateMatch whole = read(form, m, clean, mode, false);
                if (whole != null && whole.end() == clean.length()) {
                    return whole.date();
                }
            }
        }
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(clean);
            if (m.lookingAt()) {
                DateMatch found = read(form, m, clean, mode, false);
                if (found != null && (mode == Mode.LENIENT || TRAILER.matcher(clean).region(found.end(), clean.length()).matches())) {
                    return found.date();
                }
                if (found != null) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The date {@code m} matched, with the time and zone after it; null when it names no real day. */
    private static DateMatch read(Pattern form, Matcher m, String text, Mode mode, boolean searching) {
        LocalDate day;
        try {
            day = day(form, m, searching);
        } catch (DateTimeException | NumberFormatException impossible) {
            return null;
        }
        if (day == null) {
            return null;
        }
        int start = m.start();
        int end = m.end();
        LocalTime time = null;
        String zoneText = null;
        if (form == UNIX) {
            time = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            zoneText = m.group(6);
        } else if (form == BASIC && m.group(4) != null) {
            time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        } else {
            Matcher separator = BEFORE_TIME.matcher(text).region(end, text.length());
            Matcher clock = separator.lookingAt() ? TIME.matcher(text).region(separator.end(), text.length()) : null;
            if (clock != null && clock.lookingAt() && (time = time(clock)) != null) {
                end = clock.end();
            } else if (searching) {
                Matcher before = TIME_BEFORE.matcher(text).region(Math.max(0, start - 24), start);
                if (before.find() && (time = timeBefore(before)) != null) {
                    start = before.start();
                }
            }
        }
        LocalDateTime local = time == null ? day.atStartOfDay() : day.atTime(time);
        ZoneOffset offset = null;
        if (zoneText != null) {
            offset = ZoneNames.offset(zoneText, local);
            if (offset == null && mode == Mode.WHOLE) {
                return null;
            }
        } else if (end < text.length()) {
            Matcher zone = ZONE.matcher(text).region(end, text.length());
            if (zone.lookingAt()) {
                offset = ZoneNames.offset(zone.group(1), local);
                if (offset != null) {
                    end = zone.end();
                }
            }
        }
        return new DateMatch(new WrittenDate(local, offset, time != null), start, end);
    }

    /** The day the match names, or null when its month word names no month or (searching) its year is two digits. */
    private static LocalDate day(Pattern form, Matcher m, boolean searching) {
        if (form == YEAR_FIRST || form == CJK) {
            return LocalDate.of(num(m.group(1)), num(m.group(form == YEAR_FIRST ? 3 : 2)), num(m.group(form == YEAR_FIRST ? 4 : 3)));
        }
        if (form == BASIC) {
            return LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
        if (form == YEAR_MONTH) {
            return LocalDate.of(num(m.group(1)), num(m.group(2)), 1);
        }
        if (form == DOTTED) {
            // "25.04.24" is a date; "1.2.24" more often a version number.
            boolean shortYear = m.group(3).length() == 2;
            if (shortYear && (m.group(1).length() < 2 || m.group(2).length() < 2)) {
                return null;
            }
            return LocalDate.of(year(m.group(3)), num(m.group(2)), num(m.group(1)));
        }
        if (form == SLASHED) {
            int first = num(m.group(1));
            int second = num(m.group(3));
            return second > 12 ? LocalDate.of(num(m.group(4)), first, second) : LocalDate.of(num(m.group(4)), second, first);
        }
        if (form == DAY_MONTH_YEAR) {
            int month = CalendarNames.month(m.group(2));
            if (month == 0 || (searching && m.group(3).length() == 2)) {
                return null;
            }
            return LocalDate.of(year(m.group(3)), month, num(m.group(1)));
        }
        if (form == MONTH_DAY_YEAR || form == UNIX) {
            int month = CalendarNames.month(m.group(1));
            return month == 0 ? null : LocalDate.of(num(m.group(form == UNIX ? 7 : 3)), month, num(m.group(2)));
        }
        int month = CalendarNames.month(m.group(2));
        return month == 0 ? null : LocalDate.of(num(m.group(1)), month, num(m.group(3)));
    }

    private static LocalTime time(Matcher clock) {
        int hour = num(clock.group(2));
        String half = clock.group(1);
        if (half != null) {
            boolean afternoon = half.equals("下午") || half.equals("午後") || half.equals("오후");
            hour = afternoon && hour < 12 ? hour + 12 : (!afternoon && hour == 12 ? 0 : hour);
        }
        hour = twelveHour(hour, clock.group(6));
        if (hour > 23) {
            return null;
        }
        int minute = num(clock.group(3));
        int second = clock.group(4) == null ? 0 : num(clock.group(4));
        if (minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second, nanos(clock.group(5)));
    }

    private static LocalTime timeBefore(Matcher before) {
        int hour = twelveHour(num(before.group(1)), before.group(4));
        int minute = num(before.group(2));
        int second = before.group(3) == null ? 0 : num(before.group(3));
        return hour > 23 || minute > 59 || second > 59 ? null : LocalTime.of(hour, minute, second);
    }

    private static int twelveHour(int hour, String amPm) {
        if (amPm == null) {
            return hour;
        }
        boolean pm = amPm.equalsIgnoreCase("p");
        if (hour > 12) {
            return hour;
        }
        return hour == 12 ? (pm ? 12 : 0) : (pm ? hour + 12 : hour);
    }

    /**
     * The text with every white space a plain space, East Asian full-width digits, letters and
     * punctuation ({@code ２０２４：}) as their ASCII counterparts, and the digits of other scripts
     * (Arabic-Indic {@code ٢٠٢٤}, Persian, Devanagari, Bengali, Thai …) as ASCII digits, character for
     * character: positions in it are positions in the text given.
     */
    private static String normalized(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char plain = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0)
                    : c >= '\u0660' && Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10))
                    : c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u3000' || (c != ' ' && Character.isWhitespace(c)) ? ' ' : c;
            if (plain != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = plain;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static int digits(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                digits++;
            }
        }
        return digits;
    }

    private static String withoutLeadingWeekday(String text) {
        Matcher word = LEADING_WORD.matcher(text);
        return word.lookingAt() && CalendarNames.month(word.group(1)) == 0 && CalendarNames.isWeekday(word.group(1))
                ? text.substring(word.end()) : text;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (digits.length() == 2) {
            // RFC 2822 §4.3: two-digit years below 50 are 20xx, the others 19xx.
            return year < 50 ? 2000 + year : 1900 + year;
        }
        return year;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        return Integer.parseInt((fraction + "000000000").substring(0, 9));
    }
}
