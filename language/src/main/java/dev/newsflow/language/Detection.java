package dev.newsflow.language;

/**
 * The language of one text, as {@link LanguageDetector} sees it.
 *
 * @param tag        BCP-47 tag with a script subtag only where it tells written forms apart
 *                   ({@code zh-Hans}, {@code sr-Cyrl}, but {@code en}); {@code und} when unknown
 * @param confidence 0..1
 * @param basis      what decided the tag
 */
public record Detection(String tag, double confidence, Basis basis) {

    public static final String UNDETERMINED = "und";

    /**
     * Below this confidence a caller should prefer a better-informed tag (the document's, then the
     * declared one) and record that it did: two short words can fit several languages equally well.
     */
    public static final double SURE_FROM = 0.5;

    static final Detection NONE = new Detection(UNDETERMINED, 0, Basis.NONE);

    /** How the tag was decided. */
    public enum Basis {
        /** The writing system alone names the language (Hangul, Greek, Han variants…). */
        SCRIPT,
        /** N-gram scoring among the languages written in the text's script. */
        NGRAMS,
        /** No letters, or a script this detector has no language for. */
        NONE
    }

    /** Whether the caller can use the tag as it is, without falling back. */
    public boolean isSure() {
        return basis != Basis.NONE && confidence >= SURE_FROM;
    }
}
