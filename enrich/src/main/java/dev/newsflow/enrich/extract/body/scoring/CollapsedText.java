package dev.newsflow.enrich.extract.body.scoring;

/**
 * Text read piece by piece in document order (one text node after another), counted the way the
 * scorer and the cleaner measure text: each run of whitespace is one character, and none is counted
 * before the first or after the last other character, as {@code Element.text().length()} nearly
 * counts (that one also spaces out blocks). The same loop counts the commas and the characters that
 * {@code Element.text()} surely keeps (neither whitespace nor invisible). This is the one definition
 * of those measures: {@link TextMeasures}, {@link TextLengths} and {@link BlockCensus} differ only in
 * what they read it over and what they keep of it.
 *
 * <p>Mutable and without a string of its own: the measures run over every text node of every page,
 * so a walker keeps one instance and reads each text into it.
 */
final class CollapsedText {

    /** Characters counted, the spaces between them included. */
    int length;
    /** Characters that {@code Element.text()} keeps whatever their neighbours. */
    int kept;
    int commas;
    /** Whitespace was read after the last character counted (with none counted yet: anywhere). */
    boolean pendingSpace;
    /** Whitespace was read before the first character counted; meaningful once {@link #length} is not 0. */
    boolean leadingSpace;

    /** Counts a further piece of the text. */
    void read(String text) {
        int length = this.length;
        int kept = this.kept;
        int commas = this.commas;
        boolean pendingSpace = this.pendingSpace;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = true;
                continue;
            }
            if (length == 0) {
                leadingSpace = pendingSpace;
            } else if (pendingSpace) {
                length++;
            }
            pendingSpace = false;
            length++;
            if (isKept(c)) {
                kept++;
            }
            if (isComma(c)) {
                commas++;
            }
        }
        this.length = length;
        this.kept = kept;
        this.commas = commas;
        this.pendingSpace = pendingSpace;
    }

    /** Forgets what was read, to count a new text. */
    void clear() {
        length = 0;
        kept = 0;
        commas = 0;
        pendingSpace = false;
        leadingSpace = false;
    }

    /** Whitespace as the measures see it: Java's, and the no-break space that pages use to space words. */
    static boolean isSpace(char c) {
        if (c < 0x80) {
            // Most characters of most pages: the answer of Character.isWhitespace from comparisons alone.
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }
        return Character.isWhitespace(c) || c == '\u00A0';
    }

    /**
     * Whether {@code Element.text()} keeps a character that is not {@linkplain #isSpace whitespace},
     * whatever stands beside it: it collapses whitespace and drops invisible characters, so anything
     * space-like or zero-width is left out here to be sure.
     */
    private static boolean isKept(char c) {
        if (c < 0x80) {
            return c > ' ';
        }
        return c != '\u00AD' && !(c >= '\u200B' && c <= '\u200F') && c != '\u2060' && c != '\uFEFF'
                && !Character.isSpaceChar(c);
    }

    /** A comma, in the scripts that have their own: prose has many, menus have none. */
    static boolean isComma(char c) {
        // Most text is below the first comma of another script: one comparison, not a search of the switch.
        if (c < '\u060C') {
            return c == ',';
        }
        return switch (c) {
            case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C' -> true;
            default -> false;
        };
    }
}
