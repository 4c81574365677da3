package dev.newsflow.language.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NgramTallyTest {

    @Test
    void shouldCountEachKeyAndHandThemOutTogetherWhenCompacted() {
        NgramTally tally = new NgramTally(10);
        long[] added = {7, 3, 7, 1L << 40, 3, 7, -5};
        for (long key : added) {
            tally.add(key);
        }

        int distinct = tally.compact();

        Map<Long, Integer> counted = new HashMap<>();
        for (int i = 0; i < distinct; i++) {
            counted.put(tally.keyAt(i), tally.countAt(i));
        }
        assertThat(tally.total()).isEqualTo(7);
        assertThat(counted).containsOnly(Map.entry(7L, 3), Map.entry(3L, 2), Map.entry(1L << 40, 1), Map.entry(-5L, 1));
    }

    @Test
    void shouldStartAfreshAfterClear() {
        NgramTally tally = new NgramTally(4);
        tally.add(11);
        tally.add(12);
        tally.compact();

        tally.clear();
        tally.add(12);

        assertThat(tally.total()).isEqualTo(1);
        assertThat(tally.compact()).isEqualTo(1);
        assertThat(tally.keyAt(0)).isEqualTo(12);
        assertThat(tally.countAt(0)).isEqualTo(1);
    }

    @Test
    void shouldHoldAsManyDistinctKeysAsItWasSizedFor() {
        NgramTally tally = new NgramTally(500);
        for (long key = 1; key <= 500; key++) {
            tally.add(key * 0x9E3779B97F4A7C15L);
        }

        assertThat(tally.compact()).isEqualTo(500);
    }
}
