package dev.newsflow.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Bounded waits for tests that watch something asynchronous (a topic, a consumer, a table).
 * Awaitility does the polling; this adds one house rule: every wait names what it waits for, and
 * running out of time is a test failure ({@link AssertionError}), not an error.
 */
public final class Eventually {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private Eventually() {}

    /**
     * Polls {@code condition} until it holds, for at most {@code timeout}.
     *
     * @param whatWeWaitFor completes "Timed out after 10 s waiting for ...", e.g. "3 rows in articles"
     * @throws AssertionError if it still does not hold after {@code timeout}
     */
    public static void await(Duration timeout, String whatWeWaitFor, BooleanSupplier condition) {
        try {
            Awaitility.await(whatWeWaitFor)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL_INTERVAL)
                    .until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Timed out after " + describe(timeout) + " waiting for " + whatWeWaitFor, e);
        }
    }

    private static String describe(Duration timeout) {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
