package dev.newsflow.language;

import dev.newsflow.language.model.NgramModel;
import dev.newsflow.language.model.NgramScorer;
import dev.newsflow.language.script.HanVariants;
import dev.newsflow.language.script.ScriptProfile;
import dev.newsflow.language.script.WritingSystem;

/**
 * Tags a text with its language, script first:
 * <ol>
 *   <li>the writing system most of its letters belong to (Han with Kana is Japanese);</li>
 *   <li>Han text is Chinese, Simplified ({@code zh-Hans}) or Traditional ({@code zh-Hant}) by the
 *       characters only one standard writes; a draw says {@code zh}, unsure;</li>
 *   <li>a script only one language writes (Hangul, Greek, Thai…) names the language;</li>
 *   <li>otherwise the compact n-gram tables pick among that script's languages only (Latin among
 *       49, Cyrillic among 8, Arabic among 3, Devanagari among 2).</li>
 * </ol>
 * The confidence says how clearly the winner won; {@link Detection#isSure()} tells a caller when to
 * fall back to a better-informed tag. The tables load once per JVM ({@link #shared()}) and are
 * immutable: one instance serves every thread.
 */
public final class LanguageDetector {

    private static final String SIMPLIFIED_CHINESE = "zh-Hans";
    private static final String TRADITIONAL_CHINESE = "zh-Hant";

    private final HanVariants hanVariants;
    private final NgramScorer scorer;

    LanguageDetector(NgramModel model) {
        this.hanVariants = model.hanVariants();
        this.scorer = new NgramScorer(model);
    }

    /** The detector over the bundled models, loaded on first use (about a second) and shared. */
    public static LanguageDetector shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final LanguageDetector INSTANCE = new LanguageDetector(NgramModel.bundled());
    }

    /**
     * The Simplified-only and Traditional-only Han characters the detector counts: a caller that
     * tags a whole document sums them over its segments ({@link ScriptProfile}) to settle segments
     * without evidence of their own.
     */
    public HanVariants hanVariants() {
        return hanVariants;
    }

    public Detection detect(String text) {
        return detect(text, ScriptProfile.of(text, hanVariants));
    }

    /**
     * The same, for a caller that already holds the text's profile (built with {@link #hanVariants()}):
     * a tagger that weighs segments by their letters needs the profile anyway, and building it
     * twice costs a pass over every character.
     */
    public Detection detect(String text, ScriptProfile profile) {
        WritingSystem system = profile.dominant();
        if (system == null) {
            return Detection.NONE;
        }
        double scriptShare = profile.share(system);
        return switch (system) {
            case HAN -> chinese(profile, scriptShare);
            case LATIN, CYRILLIC, ARABIC, DEVANAGARI -> byNgrams(text, system, scriptShare);
            default -> new Detection(system.languages().get(0), scriptShare, Detection.Basis.SCRIPT);
        };
    }

    private Detection byNgrams(String text, WritingSystem system, double scriptShare) {
        NgramScorer.Scored scored = scorer.best(text, system);
        if (scored == null) {
            return Detection.NONE;
        }
        return new Detection(tag(scored.language(), system), scored.confidence() * scriptShare, Detection.Basis.NGRAMS);
    }

    /** The script subtag only where the language is written in several scripts. */
    private static String tag(String language, WritingSystem system) {
        return language.equals("sr") && system == WritingSystem.CYRILLIC ? "sr-Cyrl" : language;
    }

    private static Detection chinese(ScriptProfile profile, double hanShare) {
        int simplified = profile.simplifiedOnly();
        int traditional = profile.traditionalOnly();
        if (simplified == traditional) {
            // No evidence either way (or a draw): Chinese for sure, the written form for the caller to settle.
            return new Detection("zh", Math.min(hanShare, Detection.SURE_FROM) / 2, Detection.Basis.SCRIPT);
        }
        // Evidence against the majority lowers the confidence, and so does scarce evidence (+1).
        int majority = Math.max(simplified, traditional);
        double certainty = (double) majority / (simplified + traditional + 1);
        return new Detection(simplified > traditional ? SIMPLIFIED_CHINESE : TRADITIONAL_CHINESE,
                hanShare * certainty, Detection.Basis.SCRIPT);
    }
}
