package dev.newsflow.language.model;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The n-grams of one order, each with the languages whose model holds it and a quantised cost
 * (−ln P × {@value NgramModel#COST_SCALE}) per language. An open-addressing table of primitive
 * arrays: about 12 bytes per n-gram plus 2 bytes per (n-gram, language) pair, and one cache miss
 * per lookup. The slot layout is computed at build time and stored as it is. Immutable once built, so it is safe to share between threads.
 */
final class NgramTable {

    private static final double LOAD_FACTOR = 0.75;

    /** Per slot, the key's low 32 bits (its high bits chose the slot); 0 marks an empty slot. */
    private final int[] slots;
    private final int[] starts;
    private final byte[] counts;
    private final byte[] languages;
    private final byte[] costs;
    private final int[] missingCosts;

    private NgramTable(int[] slots, int[] starts, byte[] counts, byte[] languages, byte[] costs, int[] missingCosts) {
        this.slots = slots;
        this.starts = starts;
        this.counts = counts;
        this.languages = languages;
        this.costs = costs;
        this.missingCosts = missingCosts;
    }

    /**
     * Lays the n-grams out in their hash slots (at build time, so that loading is a bulk copy).
     *
     * @param keys         distinct keys
     * @param postingCount how many (language, cost) pairs each key has, in key order
     * @param languages    the pairs' language ids, grouped by key in key order
     * @param costs        the pairs' costs
     * @param missingCosts per language id, the cost of an n-gram its model does not hold
     */
    static NgramTable build(long[] keys, byte[] postingCount, byte[] languages, byte[] costs, int[] missingCosts) {
        int capacity = Math.max(1, (int) (keys.length / LOAD_FACTOR));
        NgramTable table = new NgramTable(new int[capacity], new int[capacity], new byte[capacity], languages, costs, missingCosts);
        int start = 0;
        for (int k = 0; k < keys.length; k++) {
            int slot = table.slotOf(keys[k]);
            while (table.slots[slot] != 0) {
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
            table.slots[slot] = fingerprint(keys[k]);
            table.starts[slot] = start;
            table.counts[slot] = postingCount[k];
            start += Byte.toUnsignedInt(postingCount[k]);
        }
        return table;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(slots.length);
        ByteBuffer buffer = ByteBuffer.allocate(slots.length * 2 * Integer.BYTES);
        buffer.asIntBuffer().put(slots);
        buffer.position(slots.length * Integer.BYTES);
        buffer.asIntBuffer().put(starts);
        out.write(buffer.array());
        out.write(counts);
        out.writeInt(languages.length);
        out.write(languages);
        out.write(costs);
        for (int cost : missingCosts) {
            out.writeInt(cost);
        }
    }

    static NgramTable read(ByteBuffer in, int languageCount) {
        int capacity = in.getInt();
        int[] slots = new int[capacity];
        in.asIntBuffer().get(slots);
        in.position(in.position() + capacity * Integer.BYTES);
        int[] starts = new int[capacity];
        in.asIntBuffer().get(starts);
        in.position(in.position() + capacity * Integer.BYTES);
        byte[] counts = new byte[capacity];
        in.get(counts);
        int postings = in.getInt();
        byte[] languages = new byte[postings];
        in.get(languages);
        byte[] costs = new byte[postings];
        in.get(costs);
        int[] missing = new int[languageCount];
        in.asIntBuffer().get(missing);
        in.position(in.position() + languageCount * Integer.BYTES);
        return new NgramTable(slots, starts, counts, languages, costs, missing);
    }

    /** The slot holding the key, or −1. */
    int find(long key) {
        int slot = slotOf(key);
        int fingerprint = fingerprint(key);
        int found;
        while ((found = slots[slot]) != 0) {
            if (found == fingerprint) {
                return slot;
            }
            slot = slot + 1 == slots.length ? 0 : slot + 1;
        }
        return -1;
    }

    int start(int slot) {
        return starts[slot];
    }

    int end(int slot) {
        return starts[slot] + Byte.toUnsignedInt(counts[slot]);
    }

    int language(int posting) {
        return languages[posting];
    }

    int cost(int posting) {
        return Byte.toUnsignedInt(costs[posting]);
    }

    int missingCost(int language) {
        return missingCosts[language];
    }

    /**
     * The low half of the key, never 0. With the high half choosing the slot, a lookup compares about
     * 54 bits of the key: a false hit is rarer than one lookup in a billion, and halves the table.
     */
    private static int fingerprint(long key) {
        int low = (int) key;
        return low == 0 ? 1 : low;
    }

    /** Lemire's multiply-shift: maps the key's high bits onto the capacity without a power-of-two table. */
    private int slotOf(long key) {
        return (int) (((key >>> 32) * slots.length) >>> 32);
    }
}
