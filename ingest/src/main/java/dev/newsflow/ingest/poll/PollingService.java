package dev.newsflow.ingest.poll;

import dev.newsflow.ingest.seen.PublishReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Polls many sources, each on its own schedule. A bounded pool of workers does the fetching, each
 * fetch bounded by its source's timeout, and a polite per-host limit keeps us from hammering one
 * server; a source that is slow or failing only delays itself (it backs off, honouring
 * {@code Retry-After}), never the others.
 */
public final class PollingService implements AutoCloseable {

    /**
     * @param workers       fetches running at once across all sources
     * @param perHost       fetches running at once against one host
     * @param hostBusyRetry how long a source waits when its host is at its limit
     * @param startSpread   first polls are spread at random over this long (at most each source's interval), so 500 feeds do not start at once
     */
    public record Settings(int workers, int perHost, Duration hostBusyRetry, Duration startSpread) {

        public static final Settings DEFAULT = new Settings(8, 2, Duration.ofSeconds(1), Duration.ofSeconds(5));
    }

    private final List<FeedSource> sources;
    private final SourcePoller poller;
    private final Settings settings;
    private final Consumer<PollOutcome> outcomes;
    private final HostLimits hosts;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    /**
     * @param outcomes receives every poll's outcome (for summaries and metrics)
     */
    public PollingService(List<FeedSource> sources, SourcePoller poller, Settings settings, Consumer<PollOutcome> outcomes) {
        this.sources = List.copyOf(sources);
        this.poller = poller;
        this.settings = settings;
        this.outcomes = outcomes;
        this.hosts = new HostLimits(settings.perHost());
        AtomicInteger worker = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(settings.workers(), r -> daemon(r, "newsflow-poll-" + worker.incrementAndGet()));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "newsflow-poll-timer"));
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Starts polling every source until {@link #close()}. */
    public void start() {
        for (FeedSource source : sources) {
            long jitter = ThreadLocalRandom.current().nextLong(Math.min(source.interval().toMillis(), settings.startSpread().toMillis()) + 1);
            schedule(source, Duration.ofMillis(jitter), this::rescheduleAfter);
        }
    }

    /** Polls every source once, concurrently within the limits, and returns the outcomes in source order. */
    public List<PollOutcome> pollAllOnce() throws InterruptedException {
        Map<String, PollOutcome> results = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(sources.size());
        for (FeedSource source : sources) {
            schedule(source, Duration.ZERO, outcome -> {
                results.put(outcome.sourceId(), outcome);
                done.countDown();
            });
        }
        done.await();
        List<PollOutcome> ordered = new ArrayList<>();
        for (FeedSource source : sources) {
            ordered.add(results.get(source.id()));
        }
        return ordered;
    }

    private void schedule(FeedSource source, Duration delay, Consumer<PollOutcome> then) {
        if (timer.isShutdown()) {
            return;
        }
        timer.schedule(() -> attempt(source, then), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(FeedSource source, Consumer<PollOutcome> then) {
        if (!hosts.tryAcquire(source.host())) {
            // Waiting here, not in a worker: a busy host must not take workers other hosts could use.
            schedule(source, settings.hostBusyRetry(), then);
            return;
        }
        try {
            workers.execute(() -> {
                PollOutcome outcome;
                try {
                    outcome = poller.poll(source);
                } catch (RuntimeException e) {
                    outcome = new PollOutcome(source.id(), PollOutcome.Kind.FAILED, PublishReport.NONE, Optional.empty(),
                            "newsflow: ingest: source " + source.id() + " (" + source.url() + "): " + e);
                } finally {
                    hosts.release(source.host());
                }
                outcomes.accept(outcome);
                then.accept(outcome);
            });
        } catch (RejectedExecutionException stopping) {
            hosts.release(source.host());
        }
    }

    private void rescheduleAfter(PollOutcome outcome) {
        FeedSource source = sources.stream().filter(s -> s.id().equals(outcome.sourceId())).findFirst().orElseThrow();
        int failed = outcome.failed() ? failures.merge(source.id(), 1, Integer::sum) : 0;
        if (!outcome.failed()) {
            failures.remove(source.id());
        }
        schedule(source, Backoff.next(source.interval(), failed, outcome.retryAfter()), this::rescheduleAfter);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
