package dev.newsflow.enrich.language;

import java.util.Locale;

/** The BCP-47 tags the tagger names itself, and how to read the language out of any tag. */
final class LanguageTags {

    static final String SIMPLIFIED_CHINESE = "zh-Hans";
    static final String TRADITIONAL_CHINESE = "zh-Hant";

    private LanguageTags() {}

    /** The primary language subtag, lower case: {@code en} of {@code en-US}. */
    static String primary(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }
}
