package dev.newsflow.ingest.source.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * Fetches the page behind a feed item whose feed carries only a summary: robots.txt first, then a
 * {@link SafeFetcher} GET (address guard, bounded redirects, size and time caps). The page's HTML,
 * decoded, becomes the article content.
 */
public final class FullPageFetcher {

    private final SafeFetcher fetcher;
    private final RobotsPolicy robots;

    public FullPageFetcher(SafeFetcher fetcher, RobotsPolicy robots) {
        this.fetcher = fetcher;
        this.robots = robots;
    }

    /**
     * The page at {@code url} as HTML text; throws with a one-line reason if robots.txt forbids it or the fetch fails.
     * robots.txt (when not known yet) and the page are two fetches, each within {@code limits}.
     */
    public String fetch(String url, FetchLimits limits) throws FetchException {
        robots.check(url, limits);
        FetchResult result = fetcher.fetch(FetchRequest.of(url, limits));
        if (!result.ok()) {
            throw new FetchException("page " + url + " answered HTTP " + result.status());
        }
        String type = result.contentType() == null ? "" : result.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html")) {
            throw new FetchException("page " + url + " is " + result.contentType() + ", not HTML");
        }
        return new String(result.body(), charsetOf(result));
    }

    /**
     * The HTTP charset when it names a real one; otherwise what Jsoup detects from a BOM or
     * {@code <meta charset>} (it falls back to UTF-8).
     */
    private static Charset charsetOf(FetchResult result) throws FetchException {
        String declared = declaredCharset(result.contentType());
        if (declared != null) {
            try {
                return Charset.forName(declared);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
                // A misspelt or exotic name: let the document's own declaration decide.
            }
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(result.body()), null, result.url()).charset();
        } catch (IOException e) {
            throw new FetchException("cannot read page " + result.url() + ": " + e.getMessage(), e);
        }
    }

    private static String declaredCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String parameter = part.strip();
            if (parameter.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                return parameter.substring("charset=".length()).replace("\"", "").strip();
            }
        }
        return null;
    }
}
