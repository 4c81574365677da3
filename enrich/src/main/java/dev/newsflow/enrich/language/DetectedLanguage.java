package dev.newsflow.enrich.language;

/**
 * The language of one text.
 *
 * @param tag        BCP-47 tag, {@code und} when unknown
 * @param confidence 0..1
 * @param method     {@code script} (decided from the writing system), {@code declared} (the feed's
 *                   or page's declared language, for scripts this tagger does not tell apart yet) or
 *                   {@code none}
 */
public record DetectedLanguage(String tag, double confidence, String method) {

    public static final String UNDETERMINED = "und";
    public static final String BY_SCRIPT = "script";
    public static final String DECLARED = "declared";
    public static final String NONE = "none";

    static final DetectedLanguage UNKNOWN = new DetectedLanguage(UNDETERMINED, 0, NONE);
}
