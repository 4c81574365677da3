package dev.newsflow.language.script;

import java.util.EnumMap;
import java.util.Map;

/**
 * The letters of a text by writing system, and how many of its Han characters only Simplified or
 * only Traditional Chinese writes. Digits, punctuation and symbols count nowhere; combining marks
 * (the vowel signs of Indic scripts) count with their script.
 */
public final class ScriptProfile {

    /** Japanese writes kana among its kanji in every sentence; Chinese quotes a kana brand name now and then. */
    static final double JAPANESE_KANA_SHARE = 0.10;

    /**
     * A Han, Kana or Hangul character carries about what a short word of an alphabet does, so it
     * weighs this many letters when scripts compete: a Chinese sentence naming "Katherine" stays Chinese.
     */
    static final int CJK_WEIGHT = 3;

    private final Map<WritingSystem, Integer> letters = new EnumMap<>(WritingSystem.class);
    private int total;
    private int weightedTotal;
    private int simplifiedOnly;
    private int traditionalOnly;

    private ScriptProfile() {}

    public static ScriptProfile of(CharSequence text, HanVariants variants) {
        ScriptProfile profile = new ScriptProfile();
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.isLetter(c) || isMark(c)) {
                profile.count(c, variants);
            }
        }
        return profile;
    }

    private void count(int c, HanVariants variants) {
        total++;
        WritingSystem system = WritingSystem.of(Character.UnicodeScript.of(c));
        if (system == null) {
            weightedTotal++;
            return;
        }
        weightedTotal += weight(system);
        letters.merge(system, 1, Integer::sum);
        if (system == WritingSystem.HAN) {
            if (variants.isSimplifiedOnly(c)) {
                simplifiedOnly++;
            } else if (variants.isTraditionalOnly(c)) {
                traditionalOnly++;
            }
        }
    }

    static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The writing system most letters belong to, with Han and Kana counted together as Japanese when
     * Kana is a real part of it; null when the text has no letters of a known system.
     */
    public WritingSystem dominant() {
        int han = lettersOf(WritingSystem.HAN);
        int kana = lettersOf(WritingSystem.KANA);
        WritingSystem best = null;
        int bestCount = 0;
        for (Map.Entry<WritingSystem, Integer> entry : letters.entrySet()) {
            WritingSystem system = entry.getKey();
            int count = system == WritingSystem.HAN || system == WritingSystem.KANA ? han + kana : entry.getValue();
            count *= weight(system);
            if (count > bestCount) {
                best = system;
                bestCount = count;
            }
        }
        if (best == WritingSystem.HAN || best == WritingSystem.KANA) {
            return kana > 0 && kana >= JAPANESE_KANA_SHARE * (han + kana) ? WritingSystem.KANA : WritingSystem.HAN;
        }
        return best;
    }

    /** The weighted share of the letters that belong to the system (to Kana and Han together for Japanese). */
    public double share(WritingSystem system) {
        if (weightedTotal == 0) {
            return 0;
        }
        int count = system == WritingSystem.KANA ? lettersOf(WritingSystem.KANA) + lettersOf(WritingSystem.HAN) : lettersOf(system);
        return (double) count * weight(system) / weightedTotal;
    }

    private static int weight(WritingSystem system) {
        return system == WritingSystem.HAN || system == WritingSystem.KANA || system == WritingSystem.HANGUL ? CJK_WEIGHT : 1;
    }

    /** Letters of a system; for Kana as the dominant system, callers add Han themselves. */
    public int lettersOf(WritingSystem system) {
        return letters.getOrDefault(system, 0);
    }

    /** All letters, of known systems or not. */
    public int letters() {
        return total;
    }

    public int simplifiedOnly() {
        return simplifiedOnly;
    }

    public int traditionalOnly() {
        return traditionalOnly;
    }
}
