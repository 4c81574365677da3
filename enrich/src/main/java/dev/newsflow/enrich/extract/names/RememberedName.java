package dev.newsflow.enrich.extract.names;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One class or id value and what every {@link NamePattern} answered about it so far: two bits per
 * pattern (asked, found) in one long, updated atomically, so that threads sharing it never see half
 * an answer. The memory is bounded (it starts over when full) and shared by all threads.
 */
final class RememberedName {

    /** Two bits each in a long. */
    static final int MAX_PATTERNS = Long.SIZE / 2;

    static final int UNKNOWN = 0;
    static final int NOT_FOUND = 1;
    static final int FOUND = 3;

    /**
     * Distinct names remembered before starting over: a few hundred sites' worth, a few MB at most. A
     * pipeline follows many sites: the 130 pages of Readability's test suite alone hold 19,657
     * distinct class and id values, and at 8,192 the memory started over again and again (JFR put
     * the matching that followed at 2 % of extraction time).
     */
    static final int MAX_REMEMBERED = 32_768;

    private static final Map<String, RememberedName> NAMES = new ConcurrentHashMap<>();

    private final AtomicLong answers = new AtomicLong();

    private RememberedName() {}

    static RememberedName of(String name) {
        RememberedName known = NAMES.get(name);
        if (known != null) {
            return known;
        }
        if (NAMES.size() >= MAX_REMEMBERED) {
            NAMES.clear();
        }
        RememberedName fresh = new RememberedName();
        RememberedName raced = NAMES.putIfAbsent(name, fresh);
        return raced == null ? fresh : raced;
    }

    /** {@link #UNKNOWN}, {@link #NOT_FOUND} or {@link #FOUND}. */
    int answer(int slot) {
        return (int) (answers.get() >>> (2 * slot)) & 3;
    }

    void remember(int slot, boolean found) {
        long bits = (long) (found ? FOUND : NOT_FOUND) << (2 * slot);
        answers.getAndAccumulate(bits, (current, answer) -> current | answer);
    }
}
