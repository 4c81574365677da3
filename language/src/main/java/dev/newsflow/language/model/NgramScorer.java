package dev.newsflow.language.model;

import dev.newsflow.language.script.WritingSystem;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * Picks the most likely language of a text among the languages of its writing system: the sum,
 * over the n-grams of every order inside its words, of each language's quantised −ln P (a fixed
 * penalty where the language's model lacks the n-gram), as Lingua scores. Short texts use orders 1
 * to 5, where the long n-grams carry the evidence; longer ones use orders 1 to 3 only, which already
 * separate languages over a sentence and keep a paragraph within microseconds. Thread-safe.
 */
public final class NgramScorer {

    /** Up to this many letters a text is short and worth the orders 4 and 5. */
    static final int SHORT_TEXT_LETTERS = 200;
    /** A long text is scored on its first letters only: more adds time, not accuracy. */
    static final int MAX_LETTERS = 400;

    private final NgramModel model;
    private final Map<WritingSystem, int[]> candidates = new EnumMap<>(WritingSystem.class);

    public NgramScorer(NgramModel model) {
        this.model = model;
        for (WritingSystem system : WritingSystem.values()) {
            if (!system.isSingleLanguage()) {
                candidates.put(system, system.languages().stream().mapToInt(model.languages()::indexOf).toArray());
            }
        }
    }

    /** A language and how much more likely it is than the others, 0..1. */
    public record Scored(String language, double confidence) {}

    /** The best language of the system for the text; null when the text has no word characters. */
    public Scored best(String text, WritingSystem system) {
        int[] ids = candidates.get(system);
        if (ids == null) {
            throw new IllegalArgumentException(system + " is a single-language script");
        }
        String lowered = text.toLowerCase(Locale.ROOT);
        Character.UnicodeScript script = system.script();
        Words words = Words.of(lowered, script);
        if (words.letters() == 0) {
            return null;
        }
        // The words stop at MAX_LETTERS, above SHORT_TEXT_LETTERS: their letters are short exactly when the text's are.
        int maxOrder = words.letters() <= SHORT_TEXT_LETTERS ? NgramModel.MAX_ORDER : 3;
        boolean[] isCandidate = new boolean[model.languages().size()];
        for (int id : ids) {
            isCandidate[id] = true;
        }
        long[] costs = new long[isCandidate.length];
        int[] ngramsPerOrder = new int[maxOrder + 1];
        NgramTally tally = new NgramTally(words.letters());
        for (int order = 1; order <= maxOrder; order++) {
            tally.clear();
            for (int w = 0; w < words.count(); w++) {
                for (int start = words.start(w); start + order <= words.end(w); start++) {
                    tally.add(NgramKey.of(lowered, start, order));
                }
            }
            ngramsPerOrder[order] = tally.total();
            charge(model.table(order), tally, isCandidate, costs);
        }
        return pick(ids, costs, ngramsPerOrder, maxOrder);
    }

    /**
     * Adds each distinct n-gram's evidence once, times how often the text holds it: a paragraph
     * repeats its letters and their pairs dozens of times, and nearly every language holds each of
     * them, so this does a fraction of the work of adding per occurrence, with the same integer sums.
     * All lookups come first and the postings after: the lookups miss the cache (the larger tables
     * are tens of megabytes) and, done back to back, the processor waits for several at once.
     */
    private static void charge(NgramTable table, NgramTally tally, boolean[] isCandidate, long[] costs) {
        int distinct = tally.compact();
        int[] slots = tally.slots();
        for (int k = 0; k < distinct; k++) {
            slots[k] = table.find(tally.keyAt(k));
        }
        for (int k = 0; k < distinct; k++) {
            int slot = slots[k];
            if (slot < 0) {
                continue;
            }
            long times = tally.countAt(k);
            // Every candidate is charged the missing cost in pick; a language holding the n-gram gets the difference back.
            for (int p = table.start(slot), end = table.end(slot); p < end; p++) {
                int language = table.language(p);
                if (isCandidate[language]) {
                    costs[language] += times * (table.cost(p) - table.missingCost(language));
                }
            }
        }
    }

    /** The words of a text scored, as ranges: runs of the script's letters, up to {@link #MAX_LETTERS} (the last word whole). */
    private record Words(int[] starts, int[] ends, int count, int letters) {

        static Words of(String text, Character.UnicodeScript script) {
            int[] starts = new int[8];
            int[] ends = new int[8];
            int count = 0;
            int seen = 0;
            for (int i = 0; i < text.length() && seen < MAX_LETTERS; ) {
                if (!isWordCharacter(text.charAt(i), script)) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < text.length() && isWordCharacter(text.charAt(end), script)) {
                    end++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = i;
                ends[count] = end;
                count++;
                seen += end - i;
                i = end;
            }
            return new Words(starts, ends, count, seen);
        }

        int start(int word) {
            return starts[word];
        }

        int end(int word) {
            return ends[word];
        }
    }

    private Scored pick(int[] ids, long[] costs, int[] ngramsPerOrder, int maxOrder) {
        long lowest = Long.MAX_VALUE;
        int best = -1;
        for (int id : ids) {
            for (int order = 1; order <= maxOrder; order++) {
                costs[id] += (long) ngramsPerOrder[order] * model.table(order).missingCost(id);
            }
            if (costs[id] < lowest) {
                lowest = costs[id];
                best = id;
            }
        }
        // Each order restates the same letters, so the orders' evidence is shared out among them
        // before it becomes a probability; the winner's share of the total is the confidence.
        double scale = NgramModel.COST_SCALE * maxOrder;
        double total = 0;
        for (int id : ids) {
            total += Math.exp((lowest - costs[id]) / scale);
        }
        return new Scored(model.languages().get(best), 1 / total);
    }

    /**
     * Letters of the scored script only: Lingua's models keep only n-grams of letters, so a combining
     * mark (an Indic vowel sign) ends an n-gram just as a space does, and letters of another script
     * (a Chinese name in a Latin sentence) are no evidence among this script's languages.
     */
    private static boolean isWordCharacter(char c, Character.UnicodeScript script) {
        return Character.isLetter(c) && (c < 0x80 ? script == Character.UnicodeScript.LATIN : Character.UnicodeScript.of(c) == script);
    }
}
