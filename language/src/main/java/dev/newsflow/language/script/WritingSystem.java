package dev.newsflow.language.script;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The writing systems the detector tells apart, each with the languages (ISO 639-1, as Lingua's
 * models name them) that are written in it. A script with one language decides the language by
 * itself; a script with several hands over to the n-gram tables, restricted to its own languages.
 * Han and Kana are resolved by {@link ScriptProfile}: Han with enough Kana is Japanese.
 */
public enum WritingSystem {
    LATIN(UnicodeScript.LATIN, List.of(
            "af", "az", "bs", "ca", "cs", "cy", "da", "de", "en", "eo", "es", "et", "eu", "fi", "fr", "ga",
            "hr", "hu", "id", "is", "it", "la", "lg", "lt", "lv", "mi", "ms", "nb", "nl", "nn", "pl", "pt",
            "ro", "sk", "sl", "sn", "so", "sq", "st", "sv", "sw", "tl", "tn", "tr", "ts", "vi", "xh", "yo", "zu")),
    CYRILLIC(UnicodeScript.CYRILLIC, List.of("be", "bg", "kk", "mk", "mn", "ru", "sr", "uk")),
    ARABIC(UnicodeScript.ARABIC, List.of("ar", "fa", "ur")),
    // Lingua has no Nepali model, so Devanagari text is Hindi or Marathi here.
    DEVANAGARI(UnicodeScript.DEVANAGARI, List.of("hi", "mr")),
    HAN(UnicodeScript.HAN, List.of("zh")),
    KANA(UnicodeScript.HIRAGANA, List.of("ja")),
    HANGUL(UnicodeScript.HANGUL, List.of("ko")),
    GREEK(UnicodeScript.GREEK, List.of("el")),
    HEBREW(UnicodeScript.HEBREW, List.of("he")),
    GEORGIAN(UnicodeScript.GEORGIAN, List.of("ka")),
    ARMENIAN(UnicodeScript.ARMENIAN, List.of("hy")),
    THAI(UnicodeScript.THAI, List.of("th")),
    BENGALI(UnicodeScript.BENGALI, List.of("bn")),
    GURMUKHI(UnicodeScript.GURMUKHI, List.of("pa")),
    GUJARATI(UnicodeScript.GUJARATI, List.of("gu")),
    TAMIL(UnicodeScript.TAMIL, List.of("ta")),
    TELUGU(UnicodeScript.TELUGU, List.of("te"));

    private static final Map<UnicodeScript, WritingSystem> BY_SCRIPT = new EnumMap<>(UnicodeScript.class);

    static {
        for (WritingSystem system : values()) {
            BY_SCRIPT.put(system.script, system);
        }
        BY_SCRIPT.put(UnicodeScript.KATAKANA, KANA);
    }

    private final UnicodeScript script;
    private final List<String> languages;

    WritingSystem(UnicodeScript script, List<String> languages) {
        this.script = script;
        this.languages = languages;
    }

    /** The writing system of a Unicode script, or null for one this detector has no language for. */
    public static WritingSystem of(UnicodeScript script) {
        return BY_SCRIPT.get(script);
    }

    /** The Unicode script of the system's letters (Hiragana for Kana, which also takes Katakana). */
    public UnicodeScript script() {
        return script;
    }

    /** The languages written in this system, by ISO 639-1 code. */
    public List<String> languages() {
        return languages;
    }

    /** Whether the script alone names the language. */
    public boolean isSingleLanguage() {
        return languages.size() == 1;
    }
}
