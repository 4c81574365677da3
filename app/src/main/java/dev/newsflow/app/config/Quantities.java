package dev.newsflow.app.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations and sizes as operators write them: {@code 90s}, {@code 15m}, {@code 1h}, {@code 2d},
 * ISO-8601 ({@code PT15M}) or bare seconds; {@code 512KB}, {@code 10MB}, {@code 1GB} or bare bytes
 * (binary multiples). Hand-written: the JDK reads only ISO-8601 durations, and a library for two
 * suffix tables would be more code to configure than this.
 */
final class Quantities {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|k|mb|m|gb|g)?");

    private Quantities() {}

    static Duration duration(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofSeconds(n);
            };
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (e.g. 90s, 15m, 1h, PT15M)");
        }
    }

    /** The shortest exact form {@link #duration} reads back: {@code 200ms}, {@code 90s}, {@code 5m}, {@code 1h}, {@code 2d}. */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        if (seconds == 0 || seconds % 60 != 0) {
            return seconds + "s";
        }
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        return seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds / 60 + "m";
    }

    static long bytes(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: '" + text + "' (e.g. 512KB, 10MB)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        return switch (unit) {
            case "kb", "k" -> n * 1024;
            case "mb", "m" -> n * 1024 * 1024;
            case "gb", "g" -> n * 1024 * 1024 * 1024;
            default -> n;
        };
    }
}
