package dev.newsflow.enrich.extract.metadata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How much of a candidate title's text is made of the reference's words, from 0 (none) to 1 (all):
 * tells which of two titles a page means, and whether a heading repeats the title.
 */
public final class TitleSimilarity {

    private TitleSimilarity() {}

    public static double of(String candidate, String reference) {
        if (candidate == null || reference == null) {
            return 0;
        }
        List<String> candidateWords = words(candidate);
        String joined = String.join(" ", candidateWords);
        if (joined.isEmpty()) {
            return 0;
        }
        Set<String> referenceWords = new HashSet<>(words(reference));
        List<String> extra = candidateWords.stream().filter(word -> !referenceWords.contains(word)).toList();
        return 1 - (double) String.join(" ", extra).length() / joined.length();
    }

    /**
     * The runs of letters and numbers in the lower-cased text: what splitting at
     * {@code [^\\p{L}\\p{N}]+} gives, without a regex for every heading the scorer compares.
     */
    private static List<String> words(String text) {
        String lowerCase = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < lowerCase.length(); ) {
            int codePoint = lowerCase.codePointAt(i);
            if (isLetterOrNumber(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(lowerCase.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            words.add(lowerCase.substring(start));
        }
        return words;
    }

    private static boolean isLetterOrNumber(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
