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
 * a missing robots.txt (4xx) allows everything, an unreachable one (5xx, network failure) allows
 * nothing for now. Rules are fetched through the {@link SafeFetcher} and kept per site for an hour.
 */
public final class RobotsPolicy {

    /** The product token newsflow matches in {@code User-agent} lines. */
    public static final String AGENT = "newsflow";

    private static final Duration KEEP = Duration.ofHours(1);
    /** RFC 9309 §2.5: crawlers must read at least 500 KiB of a robots.txt. */
    private static final FetchLimits ROBOTS_LIMITS = new FetchLimits(512 * 1024, Duration.ofSeconds(10), 5);

    private record Cached(BaseRobotRules rules, Instant until) {}

    private final SafeFetcher fetcher;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> bySite = new ConcurrentHashMap<>();

    public RobotsPolicy(SafeFetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
    }

    public boolean allows(String url) {
        URI uri = URI.create(url);
        String site = uri.getScheme() + "://" + uri.getRawAuthority();
        Instant now = clock.instant();
        Cached cached = bySite.get(site);
        if (cached == null || cached.until().isBefore(now)) {
            cached = new Cached(fetchRules(site + "/robots.txt"), now.plus(KEEP));
            bySite.put(site, cached);
        }
        return cached.rules().isAllowed(url);
    }

    private BaseRobotRules fetchRules(String robotsUrl) {
        FetchResult result;
        try {
            result = fetcher.fetch(FetchRequest.of(robotsUrl, ROBOTS_LIMITS));
        } catch (FetchException e) {
            return parser.failedFetch(503);
        }
        if (!result.ok()) {
            return parser.failedFetch(result.status());
        }
        return parser.parseContent(robotsUrl, result.body(), result.contentType(), List.of(AGENT));
    }
}
