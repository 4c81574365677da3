package dev.newsflow.core.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written as a time before now, as news pages print fresh articles: "2 hours ago",
 * "vor 3 Stunden", "il y a 5 minutes", "hace 2 horas", "2 ore fa", "3 uur geleden", "3小时前",
 * "5分前", "3시간 전", "2 часа назад", and today's or yesterday's time ("Today at 10:15",
 * "heute, 10:15 Uhr", "gestern 18.30", "hier à 14h20", "昨天 14:20", "今日 9:05", "어제 14:20").
 * Counted back from the moment the page was fetched: minutes and hours give an instant, days and
 * weeks only a day, today and yesterday that day's wall time with no zone, for the page's zone to
 * settle (the day is the fetch time's day in UTC, which near midnight may not be the page's own).
 */
final class RelativeDates {

    /** One way to write "n units ago", and the word (lower case) it cannot match without. */
    private record Form(Pattern pattern, String anchor) {}

    /**
     * Amount then unit (group "n", group "unit"), in each language's order around its "ago" word.
     * Each is tried only on a text that holds its "ago" word: most short lines with digits on a page
     * ("12 comments", "Page 2 of 5") hold none, and running every form over each of them was most of
     * the time spent reading a page's visible dates.
     */
    private static final List<Form> FORMS = List.of(
            new Form(Pattern.compile("(?<![\\p{L}\\d])(?<n>\\d{1,3}|an?|one)\\s+(?<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+ago(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE), "ago"),
            new Form(Pattern.compile("(?<!\\p{L})vor\\s+(?<n>\\d{1,3}|einer|einem|eins|zwei|drei)\\s+"
                    + "(?<unit>Sekunden?|Sek\\.|Minuten?|Min\\.|Stunden?|Std\\.|Tag(?:en)?|Wochen?)(?!\\p{L})", Pattern.CASE_INSENSITIVE), "vor"),
            new Form(Pattern.compile("(?<!\\p{L})il y a\\s+(?<n>\\d{1,3}|une?)\\s+(?<unit>secondes?|minutes?|min|heures?|h|jours?|semaines?)(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE), "il y a"),
            new Form(Pattern.compile("(?<!\\p{L})hace\\s+(?<n>\\d{1,3}|una?|uma?)\\s+"
                    + "(?<unit>segundos?|minutos?|min|horas?|h|días?|dias?|semanas?)(?!\\p{L})", Pattern.CASE_INSENSITIVE), "hace"),
            new Form(Pattern.compile("(?<!\\p{L})há\\s+(?<n>\\d{1,3}|una?|uma?)\\s+"
                    + "(?<unit>segundos?|minutos?|min|horas?|h|días?|dias?|semanas?)(?!\\p{L})", Pattern.CASE_INSENSITIVE), "há"),
            new Form(Pattern.compile("(?<![\\p{L}\\d])(?<n>\\d{1,3}|un|una)\\s+(?<unit>secondi|secondo|minuti|minuto|ore|ora|giorni|giorno|settimane|settimana)\\s+fa(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE), "fa"),
            new Form(Pattern.compile("(?<![\\p{L}\\d])(?<n>\\d{1,3}|een)\\s+(?<unit>seconden|seconde|minuten|minuut|uur|dagen|dag|weken|week)\\s+geleden(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE), "geleden"),
            new Form(Pattern.compile("(?<!\\d)(?<n>\\d{1,3})\\s*(?<unit>秒|分钟|分鐘|分|小时|小時|時間|天|日|周|週)\\s*前"), "前"),
            new Form(Pattern.compile("(?<!\\d)(?<n>\\d{1,3})\\s*(?<unit>초|분|시간|일|주)\\s*전"), "전"),
            new Form(Pattern.compile("(?<![\\p{L}\\d])(?<n>\\d{1,3})\\s+(?<unit>секунд\\p{L}*|минут\\p{L}*|час\\p{L}*|дн\\p{L}*|день|недел\\p{L}*)\\s+назад(?!\\p{L})",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), "назад"));

    /** "Today" and "yesterday", lower case. */
    private static final List<String> DAY_WORDS = List.of(
            "today", "yesterday", "heute", "gestern", "aujourd'hui", "aujourd’hui", "hier", "hoy", "ayer", "oggi", "ieri", "hoje",
            "ontem", "vandaag", "gisteren", "dzisiaj", "wczoraj", "сегодня", "вчера", "idag", "i dag", "igår", "i går", "tänään",
            "eilen", "bugün", "dün", "今天", "昨天", "今日", "昨日", "오늘", "어제");

    /** "Today" or "yesterday" (group "day") and a time of day (groups "h", "m", "half"). */
    private static final Pattern DAY_AND_TIME = Pattern.compile(
            "(?<![\\p{L}\\d])(?<day>" + String.join("|", DAY_WORDS) + ")(?!\\p{L})[\\s,]*(?:at|um|à|a las|a la|às|alle|ore|om|o|в|kl\\.?|klo|saat)?\\s*"
                    + "(?<h>\\d{1,2})\\s*(?::|h|\\.|时|時|시)\\s*(?<m>\\d{2})(?!\\d)(?:\\s*(?<half>[AaPp])\\.?\\s?[Mm]\\.?(?!\\p{L}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> YESTERDAY = Set.of(
            "yesterday", "gestern", "hier", "ayer", "ieri", "ontem", "gisteren", "wczoraj", "вчера", "igår", "i går", "eilen", "dün",
            "昨天", "昨日", "어제");

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("einer", 1), Map.entry("einem", 1),
            Map.entry("eins", 1), Map.entry("zwei", 2), Map.entry("drei", 3), Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("una", 1), Map.entry("uno", 1), Map.entry("uma", 1), Map.entry("um", 1), Map.entry("een", 1));

    private static final Set<String> SECONDS = Set.of(
            "second", "seconds", "sec", "secs", "sekunde", "sekunden", "sek", "seconde", "secondes", "segundo", "segundos",
            "secondi", "secondo", "seconden", "秒", "초");
    private static final Set<String> MINUTES = Set.of(
            "minute", "minutes", "min", "mins", "minuten", "minuto", "minutos", "minuti", "minuut", "分钟", "分鐘", "分", "분");
    private static final Set<String> HOURS = Set.of(
            "hour", "hours", "hr", "hrs", "stunde", "stunden", "std", "heure", "heures", "h", "hora", "horas", "ora", "ore",
            "uur", "小时", "小時", "時間", "시간");
    private static final Set<String> WEEKS = Set.of(
            "week", "weeks", "woche", "wochen", "semaine", "semaines", "semana", "semanas", "settimana", "settimane", "weken",
            "周", "週", "주");

    private RelativeDates() {}

    /** The first relative date in {@code text}, counted back from {@code now}; null when there is none. */
    static DateMatch find(String text, Instant now) {
        // Lower-cased as the forms' case-insensitive matching reads letters, so a text without a form's word cannot match it.
        String lowerCase = text.toLowerCase(Locale.ROOT);
        DateMatch first = null;
        for (Form form : FORMS) {
            if (!lowerCase.contains(form.anchor())) {
                continue;
            }
            Matcher m = form.pattern().matcher(text);
            if (m.find() && (first == null || m.start() < first.start())) {
                WrittenDate date = back(amount(m.group("n")), m.group("unit").toLowerCase(Locale.ROOT), now);
                if (date != null) {
                    first = new DateMatch(date, m.start(), m.end());
                }
            }
        }
        DateMatch dayAndTime = DAY_WORDS.stream().anyMatch(lowerCase::contains) ? dayAndTime(text, now) : null;
        return dayAndTime != null && (first == null || dayAndTime.start() < first.start()) ? dayAndTime : first;
    }

    private static DateMatch dayAndTime(String text, Instant now) {
        Matcher m = DAY_AND_TIME.matcher(text);
        if (!m.find()) {
            return null;
        }
        int hour = Integer.parseInt(m.group("h"));
        int minute = Integer.parseInt(m.group("m"));
        if (m.group("half") != null && hour <= 12) {
            boolean afternoon = m.group("half").equalsIgnoreCase("p");
            hour = afternoon ? (hour % 12) + 12 : hour % 12;
        }
        if (hour > 23 || minute > 59) {
            return null;
        }
        boolean yesterday = YESTERDAY.contains(m.group("day").toLowerCase(Locale.ROOT));
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(yesterday ? 1 : 0);
        return new DateMatch(new WrittenDate(day.atTime(LocalTime.of(hour, minute)), null, true), m.start(), m.end());
    }

    private static int amount(String n) {
        Integer word = WORDS.get(n.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(n);
    }

    private static WrittenDate back(int amount, String unit, Instant now) {
        String word = unit.endsWith(".") ? unit.substring(0, unit.length() - 1) : unit;
        Duration exact = exactUnit(word);
        if (exact != null) {
            return WrittenDate.exactly(now.minus(exact.multipliedBy(amount)));
        }
        int days = WEEKS.contains(word) || word.startsWith("недел") ? 7 * amount : amount;
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(days);
        return new WrittenDate(day.atStartOfDay(), null, false);
    }

    /** The length of a second, minute or hour unit; null for days and weeks. */
    private static Duration exactUnit(String word) {
        if (SECONDS.contains(word) || word.startsWith("секунд")) {
            return Duration.ofSeconds(1);
        }
        if (MINUTES.contains(word) || word.startsWith("минут")) {
            return Duration.ofMinutes(1);
        }
        if (HOURS.contains(word) || word.startsWith("час")) {
            return Duration.ofHours(1);
        }
        return null;
    }
}
