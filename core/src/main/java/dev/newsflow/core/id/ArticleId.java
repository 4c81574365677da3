package dev.newsflow.core.id;

import java.nio.charset.StandardCharsets;

/**
 * The stable id of an article: a hash of its link as known at ingest, after {@link UrlCanonicalizer}.
 * The same link from two feeds is one id; a page's own {@code rel=canonical} never changes it.
 */
public final class ArticleId {

    /**
     * 80 bits of SHA-256 as 20 hex digits: short enough to read in logs and SQL, and the chance of
     * any collision stays below 1e-4 even after ten billion articles.
     */
    private static final int HEX_LENGTH = 20;

    private ArticleId() {}

    /** The id of {@code link}; throws {@link IllegalArgumentException} if it is no absolute http(s) URL. */
    public static String of(String link) {
        return hash(UrlCanonicalizer.canonicalize(link));
    }

    private static String hash(String canonicalUrl) {
        return ContentHash.sha256Hex(canonicalUrl.getBytes(StandardCharsets.UTF_8)).substring(0, HEX_LENGTH);
    }
}
