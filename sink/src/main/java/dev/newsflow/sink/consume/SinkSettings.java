package dev.newsflow.sink.consume;

import java.time.Duration;

/**
 * How the sink batches and how it waits out a store that cannot take writes.
 *
 * @param batchSize      at most this many records per store transaction (also the consumer's {@code max.poll.records})
 * @param linger         how long a started batch waits for more records before it is written
 * @param initialBackoff the first wait after a failed write; it doubles on each further failure
 * @param maxBackoff     the longest wait between two attempts
 */
public record SinkSettings(int batchSize, Duration linger, Duration initialBackoff, Duration maxBackoff) {

    /** 500 rows per transaction keeps PostgreSQL and SQLite well past 2,000 articles/s; 200 ms adds little latency. */
    public static final SinkSettings DEFAULTS =
            new SinkSettings(500, Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofSeconds(30));

    public SinkSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        if (linger.isNegative() || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("linger and backoffs must be positive, max backoff at least the initial one");
        }
    }
}
