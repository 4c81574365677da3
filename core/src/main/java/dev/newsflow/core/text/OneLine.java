package dev.newsflow.core.text;

import java.util.regex.Pattern;

/**
 * A text as one line: each run of ASCII white space (the regex {@code \s}: tabs, line breaks,
 * spaces) one space, the ends stripped. Wider spaces, such as the ideographic one, stay the text's
 * own. For titles, bylines and descriptions read from markup and metadata.
 */
public final class OneLine {

    /** Compiled once: String.replaceAll compiles its regex on every call, and this runs several times per article. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private OneLine() {}

    public static String of(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }
}
