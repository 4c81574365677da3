package dev.newsflow.testkit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body-text metric of public extraction benchmarks: F1 of the 4-gram shingles of the extracted
 * text against those of the expected text, counted as multisets (a shingle repeated in the article
 * counts as often as it occurs).
 *
 * <p>Tokens: text is lower-cased; Han, Hiragana and Katakana characters are one token each, since
 * those scripts do not separate words with spaces; every other run of letters, digits and combining
 * marks is a word (so Korean, which uses spaces, counts words); everything else (punctuation,
 * symbols, whitespace) separates tokens and is dropped. A text of fewer than four tokens is one
 * shingle of all its tokens.
 */
public final class ShingleF1 {

    public static final int SHINGLE_SIZE = 4;

    private ShingleF1() {}

    /** 1 when both texts are empty, 0 when just one is. */
    public static double score(String extracted, String expected) {
        Map<String, Integer> ours = shingles(tokens(extracted));
        Map<String, Integer> theirs = shingles(tokens(expected));
        if (ours.isEmpty() && theirs.isEmpty()) {
            return 1;
        }
        int oursTotal = ours.values().stream().mapToInt(Integer::intValue).sum();
        int theirsTotal = theirs.values().stream().mapToInt(Integer::intValue).sum();
        int overlap = 0;
        for (Map.Entry<String, Integer> shingle : ours.entrySet()) {
            overlap += Math.min(shingle.getValue(), theirs.getOrDefault(shingle.getKey(), 0));
        }
        if (overlap == 0) {
            return 0;
        }
        double precision = (double) overlap / oursTotal;
        double recall = (double) overlap / theirsTotal;
        return 2 * precision * recall / (precision + recall);
    }

    public static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (isCjkCharacter(c)) {
                flush(word, tokens);
                tokens.add(Character.toString(c));
            } else if (Character.isLetterOrDigit(c) || isCombiningMark(c)) {
                word.appendCodePoint(c);
            } else {
                flush(word, tokens);
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> shingles = new HashMap<>();
        if (tokens.isEmpty()) {
            return shingles;
        }
        int size = Math.min(SHINGLE_SIZE, tokens.size());
        for (int i = 0; i + size <= tokens.size(); i++) {
            shingles.merge(String.join(" ", tokens.subList(i, i + size)), 1, Integer::sum);
        }
        return shingles;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (!word.isEmpty()) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

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
