package dev.newsflow.ingest.poll;

import dev.newsflow.ingest.source.http.FetchLimits;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One feed an operator configured.
 *
 * @param id            stable source name: part of every seen-state key and {@code source.id} of its articles
 * @param url           the feed URL
 * @param interval      how often to poll it when all is well
 * @param headers       extra request headers (e.g. an API key)
 * @param fetchFullPage whether the feed carries only summaries, so each new item's page is fetched for the content
 * @param timeout       the deadline of each fetch for this source (the feed, and each page and robots.txt), redirects included
 * @param maxBytes      the largest feed (and page) accepted
 */
public record FeedSource(String id, String url, Duration interval, Map<String, String> headers, boolean fetchFullPage,
                         Duration timeout, long maxBytes) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    public FeedSource {
        if (id == null || id.isBlank() || id.contains("|")) {
            throw new IllegalArgumentException("a source needs an id without '|': " + id);
        }
        URI uri = URI.create(url);
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new IllegalArgumentException("source " + id + ": not an absolute http(s) URL: " + url);
        }
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        timeout = timeout == null ? FetchLimits.DEFAULT.timeout() : timeout;
        maxBytes = maxBytes <= 0 ? FetchLimits.DEFAULT.maxBytes() : maxBytes;
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("source " + id + ": interval must be positive");
        }
    }

    /** A source with the default interval, timeout and size cap. */
    public static FeedSource of(String id, String url) {
        return new FeedSource(id, url, null, null, false, null, 0);
    }

    public FetchLimits limits() {
        return new FetchLimits(maxBytes, timeout, FetchLimits.DEFAULT.maxRedirects());
    }

    public String host() {
        return URI.create(url).getHost();
    }
}
