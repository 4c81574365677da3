package dev.newsflow.app.config;

import dev.newsflow.ingest.poll.FeedSource;
import dev.newsflow.ingest.source.http.CidrRange;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The ingest part of the configuration file.
 *
 * @param sources         the feeds to poll
 * @param allowRanges     address ranges the SSRF guard lets through although they are internal (e.g. an intranet feed host)
 * @param workers         fetches at once across all sources
 * @param perHost         fetches at once against one host
 * @param pushPort        port of the {@code POST /articles} endpoint; null: no push endpoint
 * @param pushMaxBytes    the largest pushed body
 * @param pushBindAddress the interface the push endpoint listens on; null: every interface
 */
public record IngestConfig(List<FeedSource> sources, List<CidrRange> allowRanges, int workers, int perHost, Integer pushPort,
                           long pushMaxBytes, InetAddress pushBindAddress) {

    public static final int DEFAULT_WORKERS = 8;
    public static final int DEFAULT_PER_HOST = 2;
    public static final long DEFAULT_PUSH_MAX_BYTES = 10L * 1024 * 1024;

    public IngestConfig {
        sources = List.copyOf(sources);
        allowRanges = List.copyOf(allowRanges);
    }

    /** Where the push endpoint listens, or null when there is none. */
    public InetSocketAddress pushAddress() {
        if (pushPort == null) {
            return null;
        }
        return pushBindAddress == null ? new InetSocketAddress(pushPort) : new InetSocketAddress(pushBindAddress, pushPort);
    }
}
