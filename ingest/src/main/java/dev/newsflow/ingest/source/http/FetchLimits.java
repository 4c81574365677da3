package dev.newsflow.ingest.source.http;

import java.time.Duration;

/**
 * Caps of one fetch.
 *
 * @param maxBytes     the largest body accepted (after content decoding); larger ones are refused
 * @param timeout      the one deadline of the whole fetch, every redirect hop included: waiting for a pooled
 *                     connection, connecting, headers and body. The request is aborted when it passes.
 * @param maxRedirects the most redirects followed; each hop's address is checked again
 */
public record FetchLimits(long maxBytes, Duration timeout, int maxRedirects) {

    /** 10 MB, 30 s, 5 redirects: a large news page fits; a stuck or hostile server does not hold a worker for long. */
    public static final FetchLimits DEFAULT = new FetchLimits(10L * 1024 * 1024, Duration.ofSeconds(30), 5);

    public FetchLimits {
        if (maxBytes <= 0 || timeout.isNegative() || timeout.isZero() || maxRedirects < 0) {
            throw new IllegalArgumentException("fetch limits must be positive: " + maxBytes + " bytes, " + timeout + ", " + maxRedirects + " redirects");
        }
    }
}
