package dev.newsflow.enrich.stats;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;

/**
 * How much of a text is characters no writing uses: controls, private-use and unassigned code
 * points, lone surrogates and U+FFFD, the mark a decoder leaves for bytes it could not read.
 * Readable text holds next to none (an icon font's private-use glyph, a stray control); bytes that
 * are not text at all, an image or a zip file taken for a page, decode to more than half (about
 * 45% replacement characters and 11% controls for random bytes read as UTF-8), and so does text in
 * a multi-byte charset read as another. ICU's character data rather than the JDK's: it knows the
 * characters of newer Unicode versions, which the JDK would call unassigned.
 */
public final class UnreadableText {

    /** More than this share of a text's characters unreadable, and it is no text. */
    public static final double MAX_SHARE = 1.0 / 3;
    /** Fewer characters than this (whitespace left out) say too little to judge: a caption with two broken letters is still one. */
    public static final int MIN_CHARACTERS = 100;

    private UnreadableText() {}

    /** The share of the characters that are unreadable, whitespace left out; 0 for a text without any. */
    public static double share(CharSequence text) {
        return count(text).share();
    }

    private static Count count(CharSequence text) {
        int characters = 0;
        int unreadable = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            if (UCharacter.isUWhiteSpace(codePoint)) {
                continue;
            }
            characters++;
            if (isUnreadable(codePoint)) {
                unreadable++;
            }
        }
        return new Count(characters, unreadable);
    }

    /** Whether the text has {@link #MIN_CHARACTERS} at least and a share of unreadable ones above {@link #MAX_SHARE}. */
    public static boolean isMostlyUnreadable(CharSequence text) {
        Count count = count(text);
        return count.characters >= MIN_CHARACTERS && count.share() > MAX_SHARE;
    }

    private record Count(int characters, int unreadable) {
        double share() {
            return characters == 0 ? 0 : (double) unreadable / characters;
        }
    }

    static boolean isUnreadable(int codePoint) {
        if (codePoint == '\uFFFD') {
            return true;
        }
        return switch (UCharacter.getType(codePoint)) {
            case UCharacterCategory.CONTROL, UCharacterCategory.PRIVATE_USE, UCharacterCategory.UNASSIGNED,
                    UCharacterCategory.SURROGATE -> true;
            default -> false;
        };
    }
}
