package dev.newsflow.enrich.language;

/**
 * The letters of a text by script, and how many of its Han characters only Simplified or only
 * Traditional Chinese writes. Digits, punctuation and symbols are not letters and count nowhere.
 */
record ScriptCounts(int han, int kana, int hangul, int otherLetters, int simplifiedOnly, int traditionalOnly) {

    static ScriptCounts of(String text, HanVariants variants) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int other = 0;
        int simplified = 0;
        int traditional = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (Character.UnicodeScript.of(c)) {
                case HAN -> {
                    han++;
                    if (variants.isSimplifiedOnly(c)) {
                        simplified++;
                    } else if (variants.isTraditionalOnly(c)) {
                        traditional++;
                    }
                }
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                default -> {
                    if (Character.isLetter(c)) {
                        other++;
                    }
                }
            }
        }
        return new ScriptCounts(han, kana, hangul, other, simplified, traditional);
    }

    int letters() {
        return han + kana + hangul + otherLetters;
    }

    int cjk() {
        return han + kana + hangul;
    }
}
