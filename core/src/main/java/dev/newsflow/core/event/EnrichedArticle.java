package dev.newsflow.core.event;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An article with its extracted metadata, clean body and language: the event on
 * {@code news.enriched.v1}. The field names are a public contract (docs/schemas/enriched-article.v1.json):
 * add fields freely, but rename or remove one only with a new schema version and topic.
 *
 * @param schema       always {@link #SCHEMA}
 * @param id           the raw article's id: the key, never changed by enrichment
 * @param revision     the raw article's revision
 * @param url          the link as ingest knew it
 * @param canonicalUrl the page's own {@code rel=canonical}, if it names one (recorded, never used as key)
 * @param site         site or publisher name, else the link's host
 * @param title        the article title
 * @param authors      clean person names
 * @param publishedAt  when the article was first published (from the page when it says, else the feed)
 * @param updatedAt    when it was last updated, if the page says
 * @param feedTimestamp the feed's own timestamp for the item
 * @param description  the page's own summary (og:description, meta description, JSON-LD), else the
 *                     feed's summary as text; null when there is none
 * @param leadImage    the first or declared lead image
 * @param images       all article images, proxy-unwrapped, with captions and credits
 * @param headings     subheadings in body order
 * @param text         the clean body: paragraphs separated by one blank line; no captions or credits
 * @param links        links found in the body
 * @param credits      credit and rights lines split out of the body (publisher, agency, copyright)
 * @param language     document language, script breakdown and per-segment tags
 * @param stats        counts and reading time
 * @param provenance   for each extracted field, where its value came from ({@code feed}, {@code body},
 *                     {@code jsonld}, {@code opengraph}, {@code meta}, {@code url})
 * @param flags        notes on the input, e.g. {@code content-truncated}, {@code not-an-article}
 * @param source       the raw article's source
 * @param fetchedAt    when ingest read the item
 * @param extractor    which extractor produced this event
 */
public record EnrichedArticle(
        String schema,
        String id,
        int revision,
        String url,
        String canonicalUrl,
        String site,
        String title,
        String description,
        List<String> authors,
        Instant publishedAt,
        Instant updatedAt,
        Instant feedTimestamp,
        Image leadImage,
        List<Image> images,
        List<String> headings,
        String text,
        List<Link> links,
        List<String> credits,
        Language language,
        Stats stats,
        Map<String, String> provenance,
        List<String> flags,
        RawArticle.Source source,
        Instant fetchedAt,
        Extractor extractor) {

    public static final String SCHEMA = "newsflow.enriched/1";

    public EnrichedArticle {
        authors = authors == null ? List.of() : List.copyOf(authors);
        images = images == null ? List.of() : List.copyOf(images);
        headings = headings == null ? List.of() : List.copyOf(headings);
        links = links == null ? List.of() : List.copyOf(links);
        credits = credits == null ? List.of() : List.copyOf(credits);
        // Sorted, so the JSON of the same article is byte-for-byte the same in every run.
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(provenance));
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    /**
     * An image of the article.
     *
     * @param url       the image's own URL (unwrapped from image proxies such as images.weserv.nl)
     * @param caption   its caption, if the page gives one
     * @param credit    its credit / photographer line, if the page gives one
     * @param sourceUrl the URL as it stood in the page, when it differs from {@code url}
     */
    public record Image(String url, String caption, String credit, String sourceUrl) {}

    /**
     * A link in the article body.
     *
     * @param url  absolute URL
     * @param text the anchor text
     * @param kind {@code related} (marked as a related article), {@code internal} (same site) or {@code external}
     */
    public record Link(String url, String text, String kind) {}

    /**
     * Language of the document and of its parts.
     *
     * @param tag        BCP-47 tag of the document, e.g. {@code zh-Hant}, {@code en}, or {@code und}
     * @param confidence 0..1
     * @param mixed      whether the document holds more than one language or script in earnest
     * @param shares     each tag's share of the document's letters, largest first
     * @param segments   the tag of each segment (title, headings, paragraphs, captions)
     * @param method     how the document tag was decided, e.g. {@code script}, {@code declared}
     */
    public record Language(
            String tag, double confidence, boolean mixed, List<Share> shares, List<Segment> segments, String method) {

        public Language {
            shares = shares == null ? List.of() : List.copyOf(shares);
            segments = segments == null ? List.of() : List.copyOf(segments);
        }

        /** One tag's share of the document's letters. */
        public record Share(String tag, double share) {}

        /**
         * One segment's tag.
         *
         * @param kind  {@code title}, {@code heading}, {@code paragraph} or {@code caption}
         * @param index position among segments of that kind, from 0
         * @param tag   BCP-47 tag
         * @param confidence 0..1
         * @param normalized for Traditional Chinese segments, a Simplified-normalised copy (search-ready); else null
         * @param basis what decided the tag: {@code script} or {@code ngrams} (the segment's own text),
         *              {@code document} (too short or unsure: the document's tag for its script),
         *              {@code declared} (the feed's or page's declared language) or {@code none}
         */
        public record Segment(String kind, int index, String tag, double confidence, String normalized, String basis) {}
    }

    /**
     * Counts and reading time. CJK text is counted in characters: {@code words} counts each CJK
     * character as one word, the way reading-time estimates for those scripts do.
     */
    public record Stats(int paragraphs, int words, int characters, int images, int links, int readingTimeSeconds) {}

    /** The extractor that produced an event: consumers can re-enrich when the version changes. */
    public record Extractor(String name, String version) {}
}
