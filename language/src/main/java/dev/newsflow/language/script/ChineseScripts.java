package dev.newsflow.language.script;

import com.ibm.icu.text.Transliterator;

/**
 * Converts Traditional Chinese text to Simplified with ICU's {@code Traditional-Simplified}
 * transliterator, which knows word-level exceptions (著名 stays 著名): the search-ready copy of a
 * {@code zh-Hant} segment. ICU does not promise that a Transliterator is safe to share between
 * threads, so each thread gets its own instance; after the first, ICU serves them from its cache of
 * compiled rules in about a millisecond.
 */
public final class ChineseScripts {

    static final String TRADITIONAL_TO_SIMPLIFIED = "Traditional-Simplified";
    static final String SIMPLIFIED_TO_TRADITIONAL = "Simplified-Traditional";

    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(TRADITIONAL_TO_SIMPLIFIED));

    private ChineseScripts() {}

    public static String toSimplified(String traditional) {
        return TO_SIMPLIFIED.get().transliterate(traditional);
    }
}
