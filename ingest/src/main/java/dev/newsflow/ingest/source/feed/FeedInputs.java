package dev.newsflow.ingest.source.feed;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.ingest.source.InputFiles;
import dev.newsflow.ingest.source.http.AddressGuard;
import dev.newsflow.ingest.source.http.CidrRange;
import dev.newsflow.ingest.source.http.FetchException;
import dev.newsflow.ingest.source.http.FetchLimits;
import dev.newsflow.ingest.source.http.FetchRequest;
import dev.newsflow.ingest.source.http.FetchResult;
import dev.newsflow.ingest.source.http.HostResolver;
import dev.newsflow.ingest.source.http.SafeFetcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Feed documents named one by one, as {@code newsflow feed} takes them: files, or http(s) URLs
 * fetched through the SSRF guard, each read into raw articles as ingest reads a polled feed (no
 * seen-state, no Kafka). A file may be as large as a fetched feed may be, no larger: that is checked
 * before anything is read.
 */
public final class FeedInputs implements AutoCloseable {

    private final FeedReader reader = new FeedReader();
    private final SafeFetcher fetcher;
    private final Clock clock;

    /** @param allowedRanges address ranges fetched from although the guard blocks them (e.g. {@code 127.0.0.0/8}) */
    public FeedInputs(List<String> allowedRanges, Clock clock) {
        this.fetcher = new SafeFetcher(new AddressGuard(HostResolver.SYSTEM, allowedRanges.stream().map(CidrRange::parse).toList()), clock);
        this.clock = clock;
    }

    /** The items of the feed at {@code input}, each under {@code sourceId} and naming {@code input} as its feed. */
    public List<RawArticle> read(String input, String sourceId) throws IOException, FetchException, FeedParseException {
        if (isUrl(input)) {
            FetchResult result = fetcher.fetch(FetchRequest.of(input, FetchLimits.DEFAULT));
            if (!result.ok()) {
                throw new FetchException("HTTP " + result.status() + " from " + result.url());
            }
            return reader.read(result.body(), result.contentType(), input, sourceId, clock.instant());
        }
        return reader.read(InputFiles.readWhole(Path.of(input), FetchLimits.DEFAULT.maxBytes()), null, input, sourceId, clock.instant());
    }

    private static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
