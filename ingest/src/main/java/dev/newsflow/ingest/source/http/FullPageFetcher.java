package dev.newsflow.ingest.source.http;

import dev.newsflow.ingest.source.charset.DecodedText;
import dev.newsflow.ingest.source.charset.DocumentDecoder;
import java.util.Locale;

/**
 * Fetches the page behind a feed item whose feed carries only a summary: robots.txt first, then a
 * {@link SafeFetcher} GET (address guard, bounded redirects, size and time caps). The page's HTML,
 * decoded as every page is ({@link DocumentDecoder#decodePage}), becomes the article content.
 */
public final class FullPageFetcher {

    private final SafeFetcher fetcher;
    private final RobotsPolicy robots;
    private final DocumentDecoder decoder = new DocumentDecoder();

    public FullPageFetcher(SafeFetcher fetcher, RobotsPolicy robots) {
        this.fetcher = fetcher;
        this.robots = robots;
    }

    /**
     * The page at {@code url}, decoded, with how its charset was chosen (its {@link DecodedText#flags()}
     * belong on the article); throws with a one-line reason if robots.txt forbids it or the fetch fails.
     * robots.txt (when not known yet) and the page are two fetches, each within {@code limits}.
     */
    public DecodedText fetch(String url, FetchLimits limits) throws FetchException {
        robots.check(url, limits);
        FetchResult result = fetcher.fetch(FetchRequest.of(url, limits));
        if (!result.ok()) {
            throw new FetchException("page " + url + " answered HTTP " + result.status());
        }
        String type = result.contentType() == null ? "" : result.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html")) {
            throw new FetchException("page " + url + " is " + result.contentType() + ", not HTML");
        }
        return decoder.decodePage(result.body(), result.contentType());
    }
}
