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
    private final int mask;
    private int total;

    /** @param atMost how many n-grams one order adds at most: the text's letters */
    NgramTally(int atMost) {
        int capacity = Integer.highestOneBit(Math.max(atMost, 4) * 2) * 2;
        keys = new long[capacity];
        counts = new int[capacity];
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

    int capacity() {
        return keys.length;
    }

    /** The count in a slot, 0 for an empty one. */
    int countAt(int slot) {
        return counts[slot];
    }

    long keyAt(int slot) {
        return keys[slot];
    }
}
