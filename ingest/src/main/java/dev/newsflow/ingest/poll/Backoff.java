package dev.newsflow.ingest.poll;

import java.time.Duration;
import java.util.Optional;

/**
 * When to poll a source next. After a success: its interval. After failures: the interval doubled
 * per consecutive failure, capped, so a broken feed is asked less and less often but never
 * forgotten. A server's {@code Retry-After} wins when it asks for longer.
 */
public final class Backoff {

    static final Duration MAX = Duration.ofHours(6);

    private Backoff() {}

    public static Duration next(Duration interval, int consecutiveFailures, Optional<Duration> retryAfter) {
        Duration delay = interval;
        for (int i = 0; i < consecutiveFailures && delay.compareTo(MAX) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        if (delay.compareTo(MAX) > 0) {
            delay = MAX.compareTo(interval) > 0 ? MAX : interval;
        }
        if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
            // Honour the server, within reason: a Retry-After of a week is still capped.
            delay = retryAfter.get().compareTo(MAX) > 0 ? MAX : retryAfter.get();
        }
        return delay;
    }
}
