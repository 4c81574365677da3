package dev.newsflow.enrich.extract.url;

import dev.newsflow.core.id.UrlCanonicalizer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An absolute http(s) URL, read leniently. Feeds and pages carry raw non-ASCII characters and spaces
 * that {@link URI} rejects, so the text is first brought to its canonical form with core's
 * {@link UrlCanonicalizer} (the same rules the article id uses) and only then parsed.
 */
public final class WebAddress {

    private final URI uri;

    private WebAddress(URI uri) {
        this.uri = uri;
    }

    /** The parsed address, or null when {@code url} is no absolute http(s) URL. */
    public static WebAddress parse(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return new WebAddress(new URI(UrlCanonicalizer.canonicalize(url)));
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }

    /**
     * Whether {@code url} is an absolute http(s) URL: the one rule for every link, image and canonical
     * URL an enriched article keeps. What else pages carry there ({@code javascript:}, {@code vbscript:},
     * {@code file:}, {@code data:}, {@code tel:} …) runs code, reads the reader's own disk, inlines
     * megabytes of base64 or leads nowhere a reader could follow.
     */
    public static boolean isWebUrl(String url) {
        return parse(url) != null;
    }

    /** The host, lower-cased (punycode for internationalised names). */
    public String host() {
        return uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    }

    /**
     * The host without a leading {@code www.}: the name of the site for humans and for same-site tests.
     * Without the public-suffix list this cannot reduce {@code news.example.co.uk} to its registrable
     * domain; it stays as it is, which errs towards calling sibling subdomains external.
     */
    public String siteDomain() {
        String host = host();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** Whether {@code other} is on this site: the same site domain, or a subdomain of it or of ours. */
    public boolean sameSiteAs(WebAddress other) {
        String mine = siteDomain();
        String theirs = other.siteDomain();
        return !mine.isEmpty()
                && (mine.equals(theirs) || theirs.endsWith("." + mine) || mine.endsWith("." + theirs));
    }

    /** The raw (still percent-encoded) query, or null. */
    public String rawQuery() {
        return uri.getRawQuery();
    }

    /** The raw path, never null. */
    public String rawPath() {
        return uri.getRawPath() == null ? "" : uri.getRawPath();
    }

    /** {@code reference} resolved against this address, or null when it is no valid URI reference. */
    public String resolve(String reference) {
        try {
            return uri.resolve(reference).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
