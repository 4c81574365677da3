package dev.newsflow.language.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The n-grams of one order, each with the languages whose model holds it and a quantised cost
 * (−ln P × {@value NgramModel#COST_SCALE}) per language. An open-addressing table of primitive
 * arrays laid out for the lookup: one {@code long} per slot holds the key's fingerprint, where its
 * postings start and how many there are, and the postings are (language, cost) byte pairs side by
 * side, so a lookup that finds its n-gram touches two cache lines, where separate arrays of
 * fingerprints, starts, counts, languages and costs touched five (the scorer's time is these
 * misses: the tables of orders 4 and 5 are tens of megabytes). About 11 bytes per n-gram plus 2
 * per (n-gram, language) pair. The slot layout is computed at build time and stored as it is.
 * Immutable once built, so it is safe to share between threads.
 */
final class NgramTable {

    private static final double LOAD_FACTOR = 0.75;

    /** Bits of a slot's entry below the fingerprint: the postings' start, then their count. */
    private static final int COUNT_BITS = 6;
    private static final int START_BITS = 32 - COUNT_BITS;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;
    private static final long START_MASK = (1L << START_BITS) - 1;

    /** Bytes read from the model file at a time: loading copies into the arrays, never holds the file. */
    private static final int READ_CHUNK = 1 << 16;

    /** Per slot, the key's low 32 bits (its high bits chose the slot), start and count; 0 marks an empty slot. */
    private final long[] entries;
    /** Per posting, its language id then its cost. */
    private final byte[] postings;
    private final int[] missingCosts;

    private NgramTable(long[] entries, byte[] postings, int[] missingCosts) {
        this.entries = entries;
        this.postings = postings;
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
        if (missingCosts.length > COUNT_MASK || languages.length > START_MASK) {
            throw new IllegalArgumentException("more languages (" + missingCosts.length + ") or postings (" + languages.length
                    + ") than a slot's entry has bits for");
        }
        int capacity = Math.max(1, (int) (keys.length / LOAD_FACTOR));
        byte[] pairs = new byte[2 * languages.length];
        for (int p = 0; p < languages.length; p++) {
            pairs[2 * p] = languages[p];
            pairs[2 * p + 1] = costs[p];
        }
        NgramTable table = new NgramTable(new long[capacity], pairs, missingCosts);
        long start = 0;
        for (int k = 0; k < keys.length; k++) {
            int slot = table.slotOf(keys[k]);
            while (table.entries[slot] != 0) {
                slot = slot + 1 == capacity ? 0 : slot + 1;
            }
            int count = Byte.toUnsignedInt(postingCount[k]);
            table.entries[slot] = (long) fingerprint(keys[k]) << 32 | start << COUNT_BITS | count;
            start += count;
        }
        return table;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(entries.length);
        ByteBuffer buffer = ByteBuffer.allocate(entries.length * Long.BYTES);
        buffer.asLongBuffer().put(entries);
        out.write(buffer.array());
        out.writeInt(postings.length);
        out.write(postings);
        for (int cost : missingCosts) {
            out.writeInt(cost);
        }
    }

    /** Reads a table as {@link #write} wrote it, in chunks: the heap holds the arrays, not a copy of the file beside them. */
    static NgramTable read(DataInputStream in, int languageCount) throws IOException {
        long[] entries = new long[in.readInt()];
        byte[] chunk = new byte[READ_CHUNK];
        for (int at = 0; at < entries.length; ) {
            int n = Math.min(READ_CHUNK / Long.BYTES, entries.length - at);
            in.readFully(chunk, 0, n * Long.BYTES);
            ByteBuffer.wrap(chunk, 0, n * Long.BYTES).asLongBuffer().get(entries, at, n);
            at += n;
        }
        byte[] postings = new byte[in.readInt()];
        in.readFully(postings);
        int[] missing = new int[languageCount];
        for (int i = 0; i < languageCount; i++) {
            missing[i] = in.readInt();
        }
        return new NgramTable(entries, postings, missing);
    }

    /** The slot holding the key, or −1. */
    int find(long key) {
        int slot = slotOf(key);
        int fingerprint = fingerprint(key);
        long entry;
        while ((entry = entries[slot]) != 0) {
            if ((int) (entry >>> 32) == fingerprint) {
                return slot;
            }
            slot = slot + 1 == entries.length ? 0 : slot + 1;
        }
        return -1;
    }

    int start(int slot) {
        return (int) (entries[slot] >>> COUNT_BITS & START_MASK);
    }

    int end(int slot) {
        return start(slot) + (int) (entries[slot] & COUNT_MASK);
    }

    int language(int posting) {
        return postings[2 * posting];
    }

    int cost(int posting) {
        return Byte.toUnsignedInt(postings[2 * posting + 1]);
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
        return (int) (((key >>> 32) * entries.length) >>> 32);
    }
}
