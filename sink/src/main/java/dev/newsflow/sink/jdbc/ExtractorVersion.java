package dev.newsflow.sink.jdbc;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An extractor version as a text key whose plain (byte) order is the semantic-version order:
 * {@code 0.10.0} after {@code 0.9.2}, {@code 1.0.0-rc.1} before {@code 1.0.0}. The key lives in a
 * column so the upsert can compare versions inside its one atomic SQL statement; version libraries
 * (semver4j, Maven's ComparableVersion) only compare in Java, which would need a read before each
 * write and a race between sinks.
 *
 * <p>Pre-release labels of the same version compare as text. A version that is not
 * {@code MAJOR[.MINOR[.PATCH]][-label]} (or none) gets the empty key and loses to any semantic version.
 */
public final class ExtractorVersion {

    private static final Pattern SEMVER = Pattern.compile("v?(\\d{1,9})(?:\\.(\\d{1,9}))?(?:\\.(\\d{1,9}))?(?:-([^+]*))?(?:\\+.*)?");

    private ExtractorVersion() {}

    /** The order key of {@code version}, e.g. {@code 000000001.000000002.000000003~} for {@code 1.2.3}. */
    public static String orderKey(String version) {
        if (version == null) {
            return "";
        }
        Matcher m = SEMVER.matcher(version.strip());
        if (!m.matches()) {
            return "";
        }
        String numbers = "%09d.%09d.%09d".formatted(number(m.group(1)), number(m.group(2)), number(m.group(3)));
        // '~' sorts after '-' and every other printable ASCII: a release after its pre-releases.
        return m.group(4) == null ? numbers + "~" : numbers + "-" + m.group(4);
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }
}
