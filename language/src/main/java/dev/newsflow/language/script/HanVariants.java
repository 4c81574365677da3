package dev.newsflow.language.script;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import com.ibm.icu.text.UnicodeSetIterator;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Han characters only Simplified or only Traditional Chinese writes, derived from ICU's
 * {@code Traditional-Simplified} and {@code Simplified-Traditional} transliteration data (Unicode's
 * CLDR tables, kept up to date with every ICU release, so no hand-made list ages here):
 * <ul>
 *   <li>a character the Traditional→Simplified direction changes is a Traditional form (國, 會);</li>
 *   <li>a character the Simplified→Traditional direction changes is a Simplified form (国, 会);</li>
 *   <li>except where the rules keep the character unchanged inside some words: both standards write
 *       后 in 皇后 and 著 in 著名, so those characters are evidence for neither;</li>
 *   <li>and except characters both directions change (variants in both standards).</li>
 * </ul>
 * Deriving the sets loads ICU's Han rules (about a second), so the model compiler does it once at
 * build time ({@link #fromIcu()}) and the run time reads the two code point lists. Immutable.
 */
public final class HanVariants {

    /** One rule of a transliterator's source: {@code 皇后 > 皇后;}. */
    private static final Pattern RULE = Pattern.compile("^\\s*([^\\s>;{}|]+)\\s*>\\s*([^\\s>;{}|]+)\\s*;");

    private final BitSet simplifiedOnly;
    private final BitSet traditionalOnly;

    private HanVariants(BitSet simplifiedOnly, BitSet traditionalOnly) {
        this.simplifiedOnly = simplifiedOnly;
        this.traditionalOnly = traditionalOnly;
    }

    /** The sets from their code points, as {@link #simplifiedCodePoints()} and {@link #traditionalCodePoints()} gave them. */
    public static HanVariants of(int[] simplifiedOnly, int[] traditionalOnly) {
        return new HanVariants(bits(simplifiedOnly), bits(traditionalOnly));
    }

    public boolean isSimplifiedOnly(int codePoint) {
        return simplifiedOnly.get(codePoint);
    }

    public boolean isTraditionalOnly(int codePoint) {
        return traditionalOnly.get(codePoint);
    }

    public int[] simplifiedCodePoints() {
        return simplifiedOnly.stream().toArray();
    }

    public int[] traditionalCodePoints() {
        return traditionalOnly.stream().toArray();
    }

    private static BitSet bits(int[] codePoints) {
        BitSet bits = new BitSet();
        for (int codePoint : codePoints) {
            bits.set(codePoint);
        }
        return bits;
    }

    /** Derives the sets from ICU's transliteration rules (about a second). */
    public static HanVariants fromIcu() {
        Transliterator toSimplified = Transliterator.getInstance(ChineseScripts.TRADITIONAL_TO_SIMPLIFIED);
        Transliterator toTraditional = Transliterator.getInstance(ChineseScripts.SIMPLIFIED_TO_TRADITIONAL);
        UnicodeSet traditional = changedAlone(toSimplified).removeAll(keptInSomeWords(toSimplified));
        UnicodeSet simplified = changedAlone(toTraditional).removeAll(keptInSomeWords(toTraditional));
        UnicodeSet inBoth = new UnicodeSet(traditional).retainAll(simplified);
        return new HanVariants(bits(simplified.removeAll(inBoth)), bits(traditional.removeAll(inBoth)));
    }

    private static BitSet bits(UnicodeSet set) {
        BitSet bits = new BitSet();
        for (UnicodeSetIterator it = new UnicodeSetIterator(set); it.next(); ) {
            if (it.codepoint != UnicodeSetIterator.IS_STRING) {
                bits.set(it.codepoint);
            }
        }
        return bits;
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
