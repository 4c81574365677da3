package dev.newsflow.language.model;

import java.util.Arrays;

/**
 * How often each n-gram key occurs in one text: an open-addressing map of primitive arrays, sized
 * for the text and cleared between orders. Written here rather than taken from a collections
 * library because it is a dozen lines on the scorer's hot path, where boxed keys would cost more
 * than the lookups they count. One per scoring call: not thread-safe.
 */
final class NgramTally {

    private final long[] keys;
    private final int[] counts;
    /** Scratch for the caller's table slots of the compacted keys, one per key. */
    private final int[] slots;
    private final int mask;
    private int total;

    /** @param atMost how many n-grams one order adds at most: the text's letters */
    NgramTally(int atMost) {
        int capacity = Integer.highestOneBit(Math.max(atMost, 4) * 2) * 2;
        keys = new long[capacity];
        counts = new int[capacity];
        slots = new int[capacity];
        mask = capacity - 1;
    }

    void clear() {
        Arrays.fill(counts, 0);
        total = 0;
    }

    /** Counts one occurrence of a key (never 0, as {@link NgramKey} makes them). */
    void add(long key) {
        total++;
        int slot = (int) (key ^ key >>> 32) & mask;
        while (counts[slot] != 0 && keys[slot] != key) {
            slot = slot + 1 & mask;
        }
        keys[slot] = key;
        counts[slot]++;
    }

    /** Occurrences added since the last clear. */
    int total() {
        return total;
    }

    /**
     * Moves the counted keys to the front, in no particular order, and returns how many there are:
     * from then on {@link #keyAt} and {@link #countAt} index them 0 to that number, and no key may
     * be added until {@link #clear}.
     */
    int compact() {
        int distinct = 0;
        for (int slot = 0; slot < keys.length; slot++) {
            if (counts[slot] != 0) {
                keys[distinct] = keys[slot];
                int count = counts[slot];
                counts[slot] = 0;
                counts[distinct++] = count;
            }
        }
        return distinct;
    }

    int countAt(int index) {
        return counts[index];
    }

    long keyAt(int index) {
        return keys[index];
    }

    /** Scratch room for one int per compacted key. */
    int[] slots() {
        return slots;
    }
}
