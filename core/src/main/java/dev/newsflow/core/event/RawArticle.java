package dev.newsflow.core.event;

import java.time.Instant;
import java.util.List;

/**
 * One article as ingest received it, before any extraction: the event on {@code news.raw.v1}.
 *
 * <p>{@code content} is the HTML exactly as received (for archived feed items: everything after the
 * {@code ------} rule). Content larger than the pipeline's size cap is cut, and
 * {@code contentTruncated} says so; {@code contentLength} is always the original length in bytes.
 *
 * @param schema           event schema and version, always {@link #SCHEMA}
 * @param id               stable article id from the normalised link (see {@code ArticleId})
 * @param revision         1 for the first version of the article a source publishes
 * @param url              the article's link as ingest knew it
 * @param source           where the article came from
 * @param title            the title, when the source gave one
 * @param feed             fields the feed item carried, apart from title and content
 * @param content          the HTML as received (possibly cut, see {@code contentTruncated})
 * @param contentType      the media type of {@code content}, e.g. {@code text/html}
 * @param contentTruncated whether {@code content} was cut to the size cap
 * @param contentLength    the original content length in bytes (UTF-8)
 * @param contentHash      SHA-256 (hex) of the original content bytes: a changed body is a new revision
 * @param fetchedAt        when ingest read or fetched the item
 */
public record RawArticle(
        String schema,
        String id,
        int revision,
        String url,
        Source source,
        String title,
        FeedFields feed,
        String content,
        String contentType,
        boolean contentTruncated,
        long contentLength,
        String contentHash,
        Instant fetchedAt) {

    public static final String SCHEMA = "newsflow.raw/1";

    public RawArticle {
        feed = feed == null ? FeedFields.EMPTY : feed;
    }

    /**
     * Where a raw article came from.
     *
     * @param id      a stable name of the source, e.g. {@code archive} or a configured feed id
     * @param type    the kind of source: {@code archive}, {@code rss}, {@code atom}, {@code json-feed}, {@code push}, …
     * @param feedUrl the feed URL, when the item came from a feed
     * @param input   the file or URL ingest read it from
     */
    public record Source(String id, String type, String feedUrl, String input) {}

    /**
     * Fields a feed item carries besides title and content.
     *
     * @param guid       the item's guid / id in its feed
     * @param authors    author names as the feed gave them
     * @param categories categories / tags
     * @param summary    the item's summary or description, if separate from the content
     * @param timestamp  the feed's timestamp for the item (for archived items: line 1)
     * @param updated    the feed's updated time, when it differs
     * @param language   the feed's or item's declared language, if any
     * @param images     image URLs the item declared (enclosures, {@code media:content}, {@code media:thumbnail}), best first
     * @param flags      doubts about the fields above, e.g. {@link #FLAG_TIMESTAMP_WITHOUT_ZONE}; empty when none
     */
    public record FeedFields(
            String guid,
            List<String> authors,
            List<String> categories,
            String summary,
            Instant timestamp,
            Instant updated,
            String language,
            List<String> images,
            List<String> flags) {

        /** A feed date had no zone and was read as UTC, so it may be off by the publisher's offset. */
        public static final String FLAG_TIMESTAMP_WITHOUT_ZONE = "timestamp-without-zone";

        /** The feed or page declared a charset its bytes are not in; the text was decoded in the one detected. */
        public static final String FLAG_CHARSET_OVERRULED = "charset-overruled";

        /**
         * The page's charset is in doubt: its text still holds replacement characters beyond a few, or
         * no declaration named the charset and the detectors did not agree on it. Parts may be mojibake.
         */
        public static final String FLAG_CHARSET_DOUBTFUL = "charset-doubtful";

        public static final FeedFields EMPTY = new FeedFields(null, List.of(), List.of(), null, null, null, null);

        public FeedFields {
            authors = authors == null ? List.of() : List.copyOf(authors);
            categories = categories == null ? List.of() : List.copyOf(categories);
            images = images == null ? List.of() : List.copyOf(images);
            flags = flags == null ? List.of() : List.copyOf(flags);
        }

        /** Fields of a source that knows no images and raises no flags (archived items, pushes). */
        public FeedFields(String guid, List<String> authors, List<String> categories, String summary, Instant timestamp,
                          Instant updated, String language) {
            this(guid, authors, categories, summary, timestamp, updated, language, List.of(), List.of());
        }
    }
}
