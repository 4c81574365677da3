package dev.newsflow.core.time;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Month and weekday names as the news languages write them in dates, full and abbreviated, in the
 * forms dates use (the genitive "3 мая", "3 maja", "3 Μαΐου" as well as the nominative), with and
 * without accents ("fevrier", "aout").
 *
 * <p>Taken from the JDK's locale data (CLDR) rather than typed in, for the languages below; a name
 * two languages give to different months (Croatian "listopad" is October, Polish and Czech November)
 * would be a guess, so such languages are left out and any name still ambiguous is dropped.
 */
final class CalendarNames {

    /** News languages whose dates name the month in Latin, Cyrillic, Greek, Arabic or Devanagari letters. */
    private static final List<String> LANGUAGES = List.of(
            "en", "de", "de-AT", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "pl", "cs", "sk", "ru", "uk", "tr", "el",
            "hu", "ro", "id", "ar", "ar-LB", "hi");
    /** Abbreviations CLDR does not list but pages write. */
    private static final Map<String, Integer> EXTRA = Map.of("sept", 9, "jän", 1, "feber", 2, "mrz", 3);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Map<String, Integer> BY_NAME = build();
    private static final Set<String> WEEKDAYS = weekdays();

    private CalendarNames() {}

    /** The month (1 to 12) {@code word} names, ignoring case, accents and a final dot; 0 when it names none. */
    static int month(String word) {
        Integer month = BY_NAME.get(key(word));
        return month == null ? 0 : month;
    }

    /** Whether {@code word} names a day of the week ("Thu", "Donnerstag", "Do.", "jeudi"), ignoring case and a final dot. */
    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(key(word));
    }

    private static String key(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static Map<String, Integer> build() {
        Map<String, Integer> byName = new HashMap<>(EXTRA);
        Set<String> ambiguous = new HashSet<>();
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE)) {
                    String name = key(month.getDisplayName(style, locale));
                    add(byName, ambiguous, name, month.getValue());
                    add(byName, ambiguous, MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""), month.getValue());
                }
            }
        }
        ambiguous.forEach(byName::remove);
        return Map.copyOf(byName);
    }

    private static Set<String> weekdays() {
        Set<String> names = new HashSet<>();
        for (String tag : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(tag);
            for (DayOfWeek day : DayOfWeek.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                    String name = key(day.getDisplayName(style, locale));
                    names.add(name);
                    names.add(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll(""));
                }
            }
        }
        return Set.copyOf(names);
    }

    private static void add(Map<String, Integer> byName, Set<String> ambiguous, String name, int month) {
        // A number is no name: some locales' standalone forms are digits.
        if (name.length() < 3 || Character.isDigit(name.charAt(0))) {
            return;
        }
        Integer known = byName.putIfAbsent(name, month);
        if (known != null && known != month) {
            ambiguous.add(name);
        }
    }
}
