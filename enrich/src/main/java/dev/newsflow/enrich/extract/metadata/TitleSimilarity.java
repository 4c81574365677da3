package dev.newsflow.enrich.extract.metadata;

import java.util.Arrays;
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

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty()).toList();
    }
}
