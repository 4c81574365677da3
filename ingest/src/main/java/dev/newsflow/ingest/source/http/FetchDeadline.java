package dev.newsflow.ingest.source.http;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The one deadline of a fetch, enforced rather than checked: when it passes, the request in flight
 * is aborted. Socket timeouts cannot do this, as they restart with every byte a trickling server
 * sends. Aborting an HttpClient request ({@code HttpUriRequestBase.cancel()}) cancels its wait for a
 * pooled connection, or closes its connection at once, whether it is connecting or reading headers
 * or body; the blocked thread then fails with an I/O error and {@link #passed()} says why.
 */
final class FetchDeadline implements AutoCloseable {

    private final Duration budget;
    private final long endNanos;
    private final AtomicReference<Cancellable> inFlight = new AtomicReference<>();
    private final ScheduledFuture<?> alarm;
    private volatile boolean expired;

    /** Starts the clock now; {@code timer} runs the abort when the budget is spent. */
    FetchDeadline(Duration budget, ScheduledExecutorService timer) {
        this.budget = budget;
        this.endNanos = System.nanoTime() + budget.toNanos();
        this.alarm = timer.schedule(this::expire, budget.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void expire() {
        expired = true;
        Cancellable request = inFlight.get();
        if (request != null) {
            request.cancel();
        }
    }

    /**
     * Makes {@code request} (the current redirect hop) the one aborted when the deadline passes, and
     * aborts it at once if it already has. The alarm sets its flag before it reads the request, and
     * this sets the request before it reads the flag, so one of the two always aborts it.
     */
    void watch(Cancellable request) {
        inFlight.set(request);
        if (passed()) {
            request.cancel();
        }
    }

    /** Whether the budget is spent (also when a late alarm has not fired yet). */
    boolean passed() {
        return expired || System.nanoTime() - endNanos >= 0;
    }

    /** The budget as people write it: {@code 2 s}, {@code 1500 ms}. */
    String describe() {
        long millis = budget.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    @Override
    public void close() {
        alarm.cancel(false);
    }
}
