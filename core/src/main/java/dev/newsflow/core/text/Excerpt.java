package dev.newsflow.core.text;

/**
 * A short excerpt of untrusted text that is safe inside a one-line message (an error line, a
 * dead-letter reason): every character that could break the line, move a terminal's cursor or hide
 * text is written as a Java-style escape (backslash n, backslash t, backslash u001B for ESC, backslash
 * u202E for a right-to-left override …), and the excerpt is cut at a length limit, marked with
 * {@code …}. Letters of every script stay as they are.
 *
 * <p>The backslash itself is not escaped, so that applying {@link #of} to an excerpt changes
 * nothing: a dead letter's reason passes through it again each time the event is read.
 * Hand-written because commons-text's {@code escapeJava} also escapes every non-ASCII letter, which
 * would turn a Chinese title into escapes.
 */
public final class Excerpt {

    private static final char CUT = '…';

    private Excerpt() {}

    /**
     * {@code text} with its unsafe characters escaped, at most {@code maxChars} characters long
     * (the {@code …} that marks a cut included); null stays null.
     */
    public static String of(String text, int maxChars) {
        if (maxChars < 2) {
            throw new IllegalArgumentException("an excerpt needs room for a character and the cut mark: " + maxChars);
        }
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), maxChars) + 16);
        // The longest prefix of whole characters (or whole escapes) that still leaves room for the cut mark.
        int keep = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (out.length() <= maxChars - 1) {
                keep = out.length();
            }
            append(out, codePoint);
            i += Character.charCount(codePoint);
            if (out.length() > maxChars) {
                out.setLength(keep);
                return out.append(CUT).toString();
            }
        }
        return out.toString();
    }

    private static void append(StringBuilder out, int codePoint) {
        switch (codePoint) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (!unsafe(codePoint)) {
                    out.appendCodePoint(codePoint);
                } else if (Character.isBmpCodePoint(codePoint)) {
                    out.append(String.format("\\u%04X", codePoint));
                } else {
                    out.append(String.format("\\U%08X", codePoint));
                }
            }
        }
    }

    /** Controls, format characters (bidi overrides, zero-width), line separators, private-use, unassigned and lone surrogates. */
    private static boolean unsafe(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.PRIVATE_USE, Character.SURROGATE, Character.UNASSIGNED -> true;
            default -> false;
        };
    }
}
