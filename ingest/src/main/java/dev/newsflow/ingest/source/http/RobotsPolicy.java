package dev.newsflow.ingest.source.http;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether robots.txt lets newsflow fetch a page, per RFC 9309 as crawler-commons implements it:
 * a missing robots.txt (4xx) allows everything, an unreachable one (5xx, network failure, its
 * deadline passed) allows nothing for now. Rules are fetched through the {@link SafeFetcher}, within
 * the deadline of the page fetch that asks, and kept per site for an hour.
 */
public final class RobotsPolicy {

    /** The product token newsflow matches in {@code User-agent} lines. */
    public static final String AGENT = "newsflow";

    private static final Duration KEEP = Duration.ofHours(1);
    /** RFC 9309 §2.5: crawlers must read at least 500 KiB of a robots.txt. */
    private static final long MAX_BYTES = 512 * 1024;

    /** @param unreadable why robots.txt could not be had (its rules then allow nothing), or null */
    private record Cached(BaseRobotRules rules, String unreadable, Instant until) {}

    private final SafeFetcher fetcher;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> bySite = new ConcurrentHashMap<>();

    public RobotsPolicy(SafeFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    /**
     * Passes if robots.txt allows {@code url}; throws with a one-line reason if it forbids it or cannot be read.
     *
     * @param pageLimits the limits of the page fetch; robots.txt is fetched with the same deadline and redirect cap
     */
    public void check(String url, FetchLimits pageLimits) throws FetchException {
        URI uri = URI.create(url);
        String site = uri.getScheme() + "://" + uri.getRawAuthority();
        Instant now = clock.instant();
        Cached cached = bySite.get(site);
        if (cached == null || cached.until().isBefore(now)) {
            cached = fetchRules(site + "/robots.txt", pageLimits, now.plus(KEEP));
            bySite.put(site, cached);
        }
        if (cached.unreadable() != null) {
            throw new FetchException("robots.txt of " + site + " cannot be read, so nothing there is fetched for now: "
                    + cached.unreadable());
        }
        if (!cached.rules().isAllowed(url)) {
            throw new FetchException("robots.txt disallows " + url + " for " + AGENT);
        }
    }

    private Cached fetchRules(String robotsUrl, FetchLimits pageLimits, Instant until) {
        FetchResult result;
        try {
            result = fetcher.fetch(FetchRequest.of(robotsUrl, new FetchLimits(MAX_BYTES, pageLimits.timeout(), pageLimits.maxRedirects())));
        } catch (FetchException e) {
            return new Cached(parser.failedFetch(503), e.getMessage(), until);
        }
        if (!result.ok()) {
            // A 4xx means "no robots.txt" and allows all; a 5xx (or a stray 3xx) means unreachable and allows nothing.
            BaseRobotRules rules = parser.failedFetch(result.status());
            return new Cached(rules, rules.isAllowNone() ? "HTTP " + result.status() + " from " + result.url() : null, until);
        }
        return new Cached(parser.parseContent(robotsUrl, result.body(), result.contentType(), List.of(AGENT)), null, until);
    }
}
