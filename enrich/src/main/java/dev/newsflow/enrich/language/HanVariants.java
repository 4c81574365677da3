package dev.newsflow.enrich.language;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Han characters only Simplified or only Traditional Chinese writes, derived once from ICU's
 * {@code Traditional-Simplified} and {@code Simplified-Traditional} transliteration data (Unicode's
 * CLDR tables, kept up to date with every ICU release, so no hand-made list ages here):
 * <ul>
 *   <li>a character the Traditional→Simplified direction changes is a Traditional form (國, 會);</li>
 *   <li>a character the Simplified→Traditional direction changes is a Simplified form (国, 会);</li>
 *   <li>except where the rules keep the character unchanged inside some words: both standards write
 *       后 in 皇后 and 著 in 著名, so those characters are evidence for neither;</li>
 *   <li>and except characters both directions change (variants in both standards).</li>
 * </ul>
 * Building the tables loads ICU's Han rules (about a second, once per JVM, on first use); after that
 * lookups are lock-free reads of frozen sets.
 */
final class HanVariants {

    /** One rule of a transliterator's source: {@code 皇后 > 皇后;}. */
    private static final Pattern RULE = Pattern.compile("^\\s*([^\\s>;{}|]+)\\s*>\\s*([^\\s>;{}|]+)\\s*;");

    private final UnicodeSet simplifiedOnly;
    private final UnicodeSet traditionalOnly;

    private HanVariants(UnicodeSet simplifiedOnly, UnicodeSet traditionalOnly) {
        this.simplifiedOnly = simplifiedOnly.freeze();
        this.traditionalOnly = traditionalOnly.freeze();
    }

    /** The tables, built on first use. */
    static HanVariants get() {
        return Holder.INSTANCE;
    }

    boolean isSimplifiedOnly(int codePoint) {
        return simplifiedOnly.contains(codePoint);
    }

    boolean isTraditionalOnly(int codePoint) {
        return traditionalOnly.contains(codePoint);
    }

    /** Initialization-on-demand: the JVM builds the tables once, thread-safely, on first access. */
    private static final class Holder {
        static final HanVariants INSTANCE = build();
    }

    private static HanVariants build() {
        Transliterator toSimplified = Transliterator.getInstance(ChineseScripts.TRADITIONAL_TO_SIMPLIFIED);
        Transliterator toTraditional = Transliterator.getInstance(ChineseScripts.SIMPLIFIED_TO_TRADITIONAL);
        UnicodeSet traditional = changedAlone(toSimplified).removeAll(keptInSomeWords(toSimplified));
        UnicodeSet simplified = changedAlone(toTraditional).removeAll(keptInSomeWords(toTraditional));
        UnicodeSet inBoth = new UnicodeSet(traditional).retainAll(simplified);
        return new HanVariants(simplified.removeAll(inBoth), traditional.removeAll(inBoth));
    }

    /** Characters the transliterator changes when they stand alone; one call over all candidates, for speed. */
    private static UnicodeSet changedAlone(Transliterator transliterator) {
        StringBuilder candidates = new StringBuilder();
        for (String candidate : transliterator.getSourceSet()) {
            if (candidate.codePointCount(0, candidate.length()) == 1) {
                candidates.append(candidate).append('\n');
            }
        }
        String joined = candidates.toString();
        String[] sources = joined.split("\n");
        String[] results = transliterator.transliterate(joined).split("\n");
        // Should a word rule ever reach across the separators, fall back to one call per character.
        boolean aligned = results.length == sources.length;
        UnicodeSet changed = new UnicodeSet();
        for (int i = 0; i < sources.length; i++) {
            String result = aligned ? results[i] : transliterator.transliterate(sources[i]);
            if (!result.equals(sources[i])) {
                changed.add(sources[i]);
            }
        }
        return changed;
    }

    /** Characters of the identity rules ({@code 皇后 > 皇后;}) that keep a character unchanged in a word. */
    private static UnicodeSet keptInSomeWords(Transliterator transliterator) {
        UnicodeSet kept = new UnicodeSet();
        for (String line : transliterator.toRules(false).split("\n")) {
            Matcher rule = RULE.matcher(line);
            if (rule.find() && rule.group(1).equals(rule.group(2)) && rule.group(1).codePointCount(0, rule.group(1).length()) > 1) {
                kept.addAll(rule.group(1));
            }
        }
        return kept;
    }
}
