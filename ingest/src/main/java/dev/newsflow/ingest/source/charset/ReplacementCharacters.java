package dev.newsflow.ingest.source.charset;

import java.util.Locale;

/**
 * The replacement characters (U+FFFD) in decoded text: a few are stray broken bytes (a cut-off
 * comment, a quote pasted from elsewhere) in text that is otherwise right; beyond that the charset
 * is in doubt.
 */
final class ReplacementCharacters {

    /** Tolerated: this share of the text's non-ASCII characters… */
    private static final double TOLERATED_SHARE = 0.01;
    /** …or this many, whichever is more. */
    private static final int TOLERATED_ANYWAY = 3;

    private ReplacementCharacters() {}

    /** Null when {@code text} holds no more replacement characters than tolerated; else how many it holds. */
    static String excess(String text) {
        if (text.indexOf('\uFFFD') < 0) {
            return null;
        }
        int replacements = 0;
        int nonAscii = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                nonAscii++;
                if (c == '\uFFFD') {
                    replacements++;
                }
            }
        }
        if (replacements <= Math.max(TOLERATED_ANYWAY, nonAscii * TOLERATED_SHARE)) {
            return null;
        }
        return String.format(Locale.ROOT, "%d replacement characters among %d non-ASCII ones", replacements, nonAscii);
    }

    /** How many replacement characters {@code text} holds. */
    static int count(String text) {
        int count = 0;
        for (int i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) {
            count++;
        }
        return count;
    }
}
