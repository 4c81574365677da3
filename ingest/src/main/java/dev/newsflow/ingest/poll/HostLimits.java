package dev.newsflow.ingest.poll;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** The polite per-host limit: at most so many fetches at once to one host, however many feeds it serves. */
final class HostLimits {

    private final int perHost;
    private final Map<String, Semaphore> byHost = new ConcurrentHashMap<>();

    HostLimits(int perHost) {
        if (perHost < 1) {
            throw new IllegalArgumentException("per-host concurrency must be at least 1, not " + perHost);
        }
        this.perHost = perHost;
    }

    boolean tryAcquire(String host) {
        return semaphore(host).tryAcquire();
    }

    void release(String host) {
        semaphore(host).release();
    }

    private Semaphore semaphore(String host) {
        return byHost.computeIfAbsent(host.toLowerCase(Locale.ROOT), h -> new Semaphore(perHost));
    }
}
