package dev.newsflow.enrich.stats;

import dev.newsflow.core.event.EnrichedArticle.Stats;

/**
 * Counts and reading time of a clean text. Chinese and Japanese do not separate words with spaces,
 * so each Han or kana character counts as one word and is read at about
 * {@value #CJK_CHARACTERS_PER_MINUTE} characters a minute; other text counts runs of letters and
 * digits as words, read at about {@value #WORDS_PER_MINUTE} words a minute (Korean separates its
 * words with spaces and is counted that way).
 */
public final class ReadingStats {

    static final int WORDS_PER_MINUTE = 230;
    static final int CJK_CHARACTERS_PER_MINUTE = 500;

    private ReadingStats() {}

    /**
     * @param text       the clean body text
     * @param paragraphs body paragraphs, subheadings not included
     * @param images     images in the article
     * @param links      links in the body
     */
    public static Stats of(String text, int paragraphs, int images, int links) {
        int cjkCharacters = 0;
        int otherWords = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isCjkCharacter(c)) {
                cjkCharacters++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c) || (inWord && isCombiningMark(c))) {
                if (!inWord) {
                    otherWords++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        double minutes = (double) otherWords / WORDS_PER_MINUTE + (double) cjkCharacters / CJK_CHARACTERS_PER_MINUTE;
        int seconds = (int) Math.round(minutes * 60);
        if (seconds == 0 && cjkCharacters + otherWords > 0) {
            seconds = 1;
        }
        return new Stats(paragraphs, cjkCharacters + otherWords, text.codePointCount(0, text.length()), images, links, seconds);
    }

    /** Vowel signs of Indic scripts and other combining marks belong to the word they sit in. */
    private static boolean isCombiningMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isCjkCharacter(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
